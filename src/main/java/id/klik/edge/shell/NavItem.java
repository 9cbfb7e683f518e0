package id.klik.edge.shell;

/**
 * One link of the tenant's navigation.
 *
 * @param id the element id (browser tests find links by it)
 * @param href where it leads
 * @param labelKey its message key
 * @param current whether it is the page being shown ({@code aria-current="page"})
 */
public record NavItem(String id, String href, String labelKey, boolean current) {}
