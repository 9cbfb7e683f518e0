/**
 * Program pages: the list with "start from a blueprint", one program (sessions, teams, materials,
 * state) and the attendance sheet made for a phone in the room.
 */
package id.klik.program.web;
