package id.klik.devstack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * An online backup of the run command's PostgreSQL (both databases, {@code klik} and {@code
 * keycloak}) while it runs, without client tools: the embedded binaries have no {@code pg_dump},
 * and the system's may be older than the server. It is PostgreSQL's own low-level base backup: a
 * temporary replication slot keeps the WAL, {@code pg_backup_start}, a copy of the data folder,
 * {@code pg_backup_stop} and its label file, then the WAL written meanwhile. Restore: stop the
 * stack, replace {@code .klik-data/postgres} with the backup folder, start the stack; PostgreSQL
 * replays the WAL to the end of the backup.
 *
 * <pre>
 * ./mvnw -q -Pbackup test-compile exec:java -Dklik.backup.to=backups/klik-2026-12-01
 * </pre>
 */
public final class BackupCommand {

  /** Written by the server itself, or not part of a backup (PostgreSQL's documented list). */
  private static final Set<String> SKIPPED =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          "epg-lock",
          "pg_wal",
          "pg_replslot",
          "pg_stat_tmp",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_subtrans");

  /** PostgreSQL refuses a data folder others may read. */
  private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

  private BackupCommand() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getProperty("klik.data.dir", ".klik-data")).resolve("postgres");
    Path target = Path.of(required("klik.backup.to"));
    String url =
        "jdbc:postgresql://127.0.0.1:"
            + System.getProperty("klik.backup.port", "15432")
            + "/postgres";
    backup(url, data, target);
    System.out.println("Backup of " + data.toAbsolutePath() + " written to " + target);
  }

  /** Copies the running server's data folder {@code data} into {@code target}, consistently. */
  public static void backup(String jdbcUrl, Path data, Path target)
      throws SQLException, IOException {
    if (Files.exists(target)) {
      throw new IllegalStateException(target + " exists; choose a new folder");
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement s = c.createStatement()) {
      // temporary: gone with this session; reserves WAL from now on, so none needed is recycled
      s.execute("select pg_create_physical_replication_slot('klik_backup', true, true)");
      s.execute("select pg_backup_start('klik-backup', true)");
      copyTree(data, target, true);
      try (ResultSet rs =
          s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
        rs.next();
        Files.writeString(target.resolve("backup_label"), rs.getString(1));
        String spcmap = rs.getString(2);
        if (spcmap != null && !spcmap.isEmpty()) {
          Files.writeString(target.resolve("tablespace_map"), spcmap);
        }
      }
      // the WAL from the backup's start to its end, flushed by pg_backup_stop(true)
      copyTree(data.resolve("pg_wal"), target.resolve("pg_wal"), false);
    }
    for (String empty : SKIPPED) {
      if (!empty.startsWith("postmaster") && !empty.equals("epg-lock")) {
        Files.createDirectories(target.resolve(empty), PRIVATE);
      }
    }
  }

  /** Copies a folder; a file the server deletes meanwhile (a temporary, old WAL) is skipped. */
  private static void copyTree(Path from, Path to, boolean dataFolder) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path relative = from.relativize(dir);
            if (dataFolder
                && relative.getNameCount() == 1
                && SKIPPED.contains(relative.toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(relative.toString()), PRIVATE);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path relative = from.relativize(file);
            if (dataFolder && SKIPPED.contains(relative.toString())) {
              return FileVisitResult.CONTINUE;
            }
            try {
              Files.copy(file, to.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
            } catch (NoSuchFileException goneMeanwhile) {
              // deleted by the server during the copy: not needed to recover
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("-D" + property + "=<folder> is missing");
    }
    return value;
  }
}
