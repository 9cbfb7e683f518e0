/**
 * Building blocks shared by every bounded context (e.g. reading YAML written by people). May not
 * depend on any other KLIK package.
 */
package id.klik.shared;
