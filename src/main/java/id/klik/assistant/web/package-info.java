/** The assistant's settings page for the clinic admin: the switch and the recent exchanges. */
package id.klik.assistant.web;
