/**
 * The innovation and its rules, in plain Java: the profile's codes, the government affairs of UU
 * 23/2014, the rules between stage and dates, word counting for the design narrative.
 */
package id.klik.innovation.domain;
