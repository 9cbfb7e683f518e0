/**
 * Replication across regions: "innovation X of region B replicates innovation Y of region A",
 * declared by B, confirmed or declined by A, ended by either; and the directory of innovations that
 * tenants share. The states and who may move them are plain Java; the records live in the {@code
 * platform} schema because they span tenants.
 */
package id.klik.innovation.domain.replication;
