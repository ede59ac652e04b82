package org.reviewpress.publish.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.reviewpress.ReviewpressException;
import org.reviewpress.render.Theme;

/**
 * A SHA-256 digest of every input that can change a rendered artefact. Each input is added
 * with a label and its length, so two different sets of inputs cannot run together into the
 * same bytes.
 *
 * <p>Files ({@link Builder#addFile}, {@link Builder#addTree}) enter by their length and two
 * checksums of their bytes, CRC-32C and CRC-32, rather than the bytes themselves. Both run in
 * hardware in every JIT mode, where SHA-256 over the bytes cost a cold C1-compiled build about
 * 1.3 ms per 15,000-word report (5% of its CPU time). A key only detects change: the build
 * cache is the user's own folder and nobody gains by forging a match, and an edit that left the
 * length and both checksums as they were (a chance of about one in 2^64 for an edit that is not
 * built to do it) would be ignored whole, old check results and old pages together, never
 * published unchecked.
 *
 * @param hex the digest as 64 lower-case hex digits
 */
public record Fingerprint(String hex) {

  public Fingerprint {
    Objects.requireNonNull(hex, "hex");
    if (!isHexDigest(hex)) {
      throw new IllegalArgumentException("Not a SHA-256 hex digest: " + hex);
    }
  }

  /** Whether {@code s} is 64 lower-case hex digits (checked without a regex: keys are made for every report). */
  private static boolean isHexDigest(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return hex;
  }

  /** Collects labelled inputs into one digest. Not thread-safe; use one per key. */
  public static final class Builder {
    private final MessageDigest digest = sha256();

    private Builder() {}

    /** Adds bytes under a label. */
    public Builder add(String label, byte[] bytes) {
      frame(label.getBytes(StandardCharsets.UTF_8));
      frame(bytes);
      return this;
    }

    /** Adds text under a label. */
    public Builder add(String label, String value) {
      return add(label, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds another fingerprint, for example the site-wide inputs into a report's key. */
    public Builder add(String label, Fingerprint other) {
      return add(label, other.hex());
    }

    /** Adds a map of values in key order. */
    public Builder add(String label, Map<String, String> values) {
      add(label, Integer.toString(values.size()));
      values.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> add(label + "." + e.getKey(), e.getValue()));
      return this;
    }

    /** Adds a file's bytes, or a marker that it does not exist. */
    public Builder addFile(String label, Path file) {
      if (!Files.isRegularFile(file)) {
        return add(label, "(absent)");
      }
      try {
        return add(label, summary(Files.readAllBytes(file)));
      } catch (IOException e) {
        throw new ReviewpressException("Cannot read " + file + " to see whether it changed: " + e.getMessage(), e);
      }
    }

    /**
     * Adds every file under a folder: relative paths and bytes, in path order. Files and
     * folders whose names start with '.' (editor and system files) are left out.
     */
    public Builder addTree(String label, Path dir) {
      if (!Files.isDirectory(dir)) {
        return add(label, "(absent)");
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile)
            .filter(p -> !hidden(dir.relativize(p)))
            .sorted()
            .toList();
      } catch (IOException | UncheckedIOException e) {
        throw new ReviewpressException("Cannot list " + dir + " to see whether it changed: " + e.getMessage(), e);
      }
      add(label, Integer.toString(files.size()));
      for (Path f : files) {
        addFile(label + "/" + dir.relativize(f).toString().replace('\\', '/'), f);
      }
      return this;
    }

    /**
     * Adds a jar by its table of contents: every entry's name, size and CRC-32 as the jar records
     * them, in name order. Any change to a file in the jar changes its entry, and reading the
     * table costs a few milliseconds where hashing a jar of fonts in a cold JVM cost a quarter of
     * a second. A file that is not a readable jar is hashed whole instead.
     */
    public Builder addJar(String label, Path jar) {
      java.util.TreeMap<String, String> entries = new java.util.TreeMap<>();
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
        var all = zip.entries();
        while (all.hasMoreElements()) {
          java.util.zip.ZipEntry e = all.nextElement();
          entries.put(e.getName(), e.getSize() + " " + Long.toHexString(e.getCrc()));
        }
      } catch (IOException e) {
        return addFile(label, jar);
      }
      add(label, Integer.toString(entries.size()));
      entries.forEach((name, entry) -> add(label + "!/" + name, entry));
      return this;
    }

    /** Adds theme files (templates or assets), each with its relative path and bytes. */
    public Builder addSources(String label, Map<String, Theme.AssetSource> sources) {
      add(label, Integer.toString(sources.size()));
      for (Map.Entry<String, Theme.AssetSource> e : new java.util.TreeMap<>(sources).entrySet()) {
        try (InputStream in = e.getValue().open()) {
          add(label + "/" + e.getKey(), in.readAllBytes());
        } catch (IOException ex) {
          throw new ReviewpressException("Cannot read the theme file " + e.getKey() + ": " + ex.getMessage(), ex);
        }
      }
      return this;
    }

    /**
     * Adds a secret, such as the plain list of sensitive terms, only as an HMAC-SHA256 under
     * {@code salt}: the secret's bytes never enter the digest itself, so neither the key nor
     * anything derived from it can be checked against guesses without the salt.
     */
    public Builder addSecret(String label, byte[] secret, byte[] salt) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        return add(label, mac.doFinal(secret));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
      }
    }

    public Fingerprint build() {
      return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    /** A file's bytes as they enter the digest: their length and two independent checksums. */
    private static String summary(byte[] bytes) {
      java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();
      castagnoli.update(bytes);
      java.util.zip.CRC32 ieee = new java.util.zip.CRC32();
      ieee.update(bytes);
      return "length " + bytes.length + " crc32c " + Long.toHexString(castagnoli.getValue())
          + " crc32 " + Long.toHexString(ieee.getValue());
    }

    private void frame(byte[] bytes) {
      digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
      digest.update(bytes);
    }

    private static boolean hidden(Path relative) {
      for (Path part : relative) {
        if (part.toString().startsWith(".")) {
          return true;
        }
      }
      return false;
    }
  }

  /** The fingerprint of a folder's files alone (as {@link Builder#addTree}), to add to several keys. */
  public static Fingerprint ofTree(Path dir) {
    return builder().addTree("tree", dir).build();
  }

  /**
   * A digest of the code a class was loaded from (its jar, or its classes folder in a
   * development build), so that a rebuilt generator with an unchanged version number does not
   * reuse pages rendered by the old one.
   */
  public static Fingerprint ofCode(Class<?> type) {
    Builder b = builder();
    try {
      var source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        return b.add("code", "(unknown)").build();
      }
      Path location = Path.of(source.getLocation().toURI());
      return Files.isDirectory(location) ? b.addTree("code", location).build() : b.addJar("code", location).build();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return b.add("code", "(unknown)").build();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
