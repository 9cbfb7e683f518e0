/**
 * The innovation portfolio's REST API under {@code /t/<slug>/api/}: innovations, their history, the
 * government affairs' master list.
 */
package id.klik.innovation.api;
