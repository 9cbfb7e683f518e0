/**
 * What every bounded context uses: the business-exception hierarchy, messages in Bahasa Indonesia
 * and English, configuration, the data sources, the audit trail and request context. Depends on
 * nothing else of KLIK.
 */
package id.klik.shared;
