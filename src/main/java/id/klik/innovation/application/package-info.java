/**
 * Services of the innovation portfolio: create and change innovations under the profile's rules,
 * decide who may read and change one, and announce every save to the parts that follow it.
 */
package id.klik.innovation.application;
