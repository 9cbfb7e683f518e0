/**
 * The frame around every page and the module gate: one page shell ({@code ShellPage}: tenant name
 * and colours, navigation by the tenant's enabled modules, language switch, the person and their
 * roles, logout) and {@code ModuleGate}, which answers 404 for a module the tenant has not enabled.
 * Sits above the contexts and may use {@code tenancy}, {@code identity} and {@code shared}.
 */
package id.klik.edge.shell;
