/**
<<<<<<< HEAD
 * What every bounded context uses: the business-exception hierarchy, messages in Bahasa Indonesia
 * and English, configuration, the data sources, the audit trail and request context. Depends on
 * nothing else of KLIK.
=======
 * Building blocks shared by every bounded context (e.g. reading YAML written by people). May not
 * depend on any other KLIK package.
>>>>>>> guideline
 */
package id.klik.shared;
