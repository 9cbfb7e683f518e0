/** REST of the index cycles at {@code /t/<slug>/api/index/<year>} (issue 12's interface). */
package id.klik.index.api;
