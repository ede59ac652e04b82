package org.reviewpress.check.privacy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the metadata in an image file that can identify people or places: EXIF (GPS position,
 * camera make, model and serial number, owner, artist, dates, comments), XMP, IPTC and free-text
 * comments, in JPEG, PNG, GIF, WebP and SVG files. Technical data that says nothing about
 * anyone (colour profiles, resolution, JFIF headers, a PNG's "Software" note) is not reported.
 * Reads bytes only; never throws for a damaged file, it just reports what it could read.
 */
final class ImageMetadata {

  private ImageMetadata() {}

  /** What kinds of identifying metadata {@code bytes} carries, in plain words; empty if none. */
  static Set<String> find(byte[] bytes) {
    Set<String> found = new LinkedHashSet<>();
    try {
      if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8})) {
        jpeg(bytes, found);
      } else if (startsWith(bytes, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
        png(bytes, found);
      } else if (startsWith(bytes, 0, ascii("GIF8"))) {
        gif(bytes, found);
      } else if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
        webp(bytes, found);
      } else if (looksLikeSvg(bytes)) {
        svg(bytes, found);
      }
    } catch (RuntimeException e) {
      // A damaged file: report what was found before the damage.
    }
    return found;
  }

  private static void jpeg(byte[] b, Set<String> found) {
    int p = 2;
    while (p + 4 <= b.length && (b[p] & 0xFF) == 0xFF) {
      int marker = b[p + 1] & 0xFF;
      if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
        p += 2;
        continue;
      }
      if (marker == 0xDA || marker == 0xD9) {
        return; // image data follows: no more metadata segments
      }
      int len = u16(b, p + 2, false);
      int data = p + 4;
      int end = Math.min(b.length, p + 2 + len);
      if (marker == 0xE1 && startsWith(b, data, ascii("Exif\0\0"))) {
        exif(b, data + 6, end, found);
      } else if (marker == 0xE1 && startsWith(b, data, ascii("http://ns.adobe.com/xap/1.0/"))) {
        xmp(new String(b, data, end - data, StandardCharsets.UTF_8), found);
      } else if (marker == 0xED) {
        found.add("IPTC data (captions, names, places)");
      } else if (marker == 0xFE) {
        found.add("a text comment");
      }
      p = p + 2 + len;
    }
  }

  private static void png(byte[] b, Set<String> found) {
    int p = 8;
    while (p + 8 <= b.length) {
      int len = (int) Math.min(Integer.MAX_VALUE, u32(b, p, false));
      String type = new String(b, p + 4, 4, StandardCharsets.ISO_8859_1);
      int data = p + 8;
      int end = (int) Math.min(b.length, (long) data + len);
      switch (type) {
        case "eXIf" -> exif(b, data, end, found);
        case "tEXt", "iTXt", "zTXt" -> {
          int nul = data;
          while (nul < end && b[nul] != 0) {
            nul++;
          }
          String key = new String(b, data, nul - data, StandardCharsets.ISO_8859_1);
          if (key.equals("XML:com.adobe.xmp")) {
            xmp(new String(b, nul, end - nul, StandardCharsets.UTF_8), found);
          } else if (key.toLowerCase(Locale.ROOT).startsWith("raw profile type exif")
              || key.toLowerCase(Locale.ROOT).startsWith("raw profile type app1")) {
            found.add("EXIF data");
          } else if (key.toLowerCase(Locale.ROOT).startsWith("raw profile type iptc")) {
            found.add("IPTC data (captions, names, places)");
          } else if (!key.equals("Software")) {
            found.add("a text note '" + key + "'");
          }
        }
        case "IEND" -> {
          return;
        }
        default -> { }
      }
      p = data + len + 4;
    }
  }

  private static void gif(byte[] b, Set<String> found) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    if (s.contains("XMP DataXMP")) {
      found.add("XMP data");
    }
    // Comment extensions: 0x21 0xFE. Scanning for the pair may misread image data; only a
    // comment that holds readable text is reported.
    for (int p = s.indexOf("\u0021\u00FE"); p >= 0; p = s.indexOf("\u0021\u00FE", p + 2)) {
      if (p + 3 < b.length && (b[p + 2] & 0xFF) > 0 && printable(b, p + 3, Math.min(b.length, p + 3 + (b[p + 2] & 0xFF)))) {
        found.add("a text comment");
        return;
      }
    }
  }

  private static void webp(byte[] b, Set<String> found) {
    int p = 12;
    while (p + 8 <= b.length) {
      String type = new String(b, p, 4, StandardCharsets.ISO_8859_1);
      long len = u32(b, p + 4, true);
      if (type.equals("EXIF")) {
        int data = p + 8;
        int start = startsWith(b, data, ascii("Exif\0\0")) ? data + 6 : data;
        exif(b, start, (int) Math.min(b.length, data + len), found);
      } else if (type.equals("XMP ")) {
        xmp(new String(b, p + 8, (int) Math.min(b.length - p - 8, len), StandardCharsets.UTF_8), found);
      }
      p += 8 + (int) (len + (len & 1));
    }
  }

  private static void svg(byte[] b, Set<String> found) {
    String s = new String(b, StandardCharsets.UTF_8);
    if (s.contains("<metadata") || s.contains("<rdf:RDF") || s.contains("dc:creator")) {
      xmp(s, found);
      if (found.isEmpty()) {
        found.add("an SVG metadata block");
      }
    }
  }

  private static void xmp(String x, Set<String> found) {
    boolean specific = false;
    if (x.contains("exif:GPS") || x.contains("GPSLatitude")) {
      found.add("GPS location");
      specific = true;
    }
    if (x.contains("dc:creator") || x.contains("Iptc4xmpCore:Creator") || x.contains("photoshop:AuthorsPosition")
        || x.contains("xmpRights:Owner") || x.contains("aux:OwnerName")) {
      found.add("author or owner");
      specific = true;
    }
    if (x.contains("xmp:CreateDate") || x.contains("photoshop:DateCreated") || x.contains("exif:DateTimeOriginal")) {
      found.add("dates");
      specific = true;
    }
    if (!specific) {
      found.add("XMP data");
    }
  }

  /** Reads a TIFF structure (EXIF) between {@code start} and {@code end}. */
  private static void exif(byte[] b, int start, int end, Set<String> found) {
    if (end - start < 8) {
      found.add("EXIF data");
      return;
    }
    boolean little = b[start] == 'I';
    int ifd = (int) u32(b, start + 4, little);
    Set<String> before = new LinkedHashSet<>(found);
    ifd(b, start, end, start + ifd, little, found, 0);
    if (found.equals(before)) {
      found.add("EXIF data");
    }
  }

  private static void ifd(byte[] b, int base, int end, int at, boolean little, Set<String> found, int depth) {
    if (depth > 4 || at < base || at + 2 > end) {
      return;
    }
    int n = u16(b, at, little);
    for (int k = 0; k < n && at + 2 + 12 * k + 12 <= end; k++) {
      int e = at + 2 + 12 * k;
      int tag = u16(b, e, little);
      switch (tag) {
        case 0x8825 -> found.add("GPS location");
        case 0x010F, 0x0110 -> found.add("camera make and model");
        case 0xA431, 0xC62F -> found.add("camera serial number");
        case 0xA430, 0x013B, 0x9C9D, 0x8298 -> found.add("author or owner");
        case 0x0132, 0x9003, 0x9004 -> found.add("dates");
        case 0x010E, 0x9286, 0x9C9C, 0x9C9B -> found.add("a description or comment");
        case 0x8769 -> ifd(b, base, end, base + (int) u32(b, e + 8, little), little, found, depth + 1);
        default -> { }
      }
    }
  }

  private static boolean looksLikeSvg(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8);
    return head.contains("<svg");
  }

  private static boolean printable(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return to > from;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (at < 0 || at + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static int u16(byte[] b, int at, boolean little) {
    int x = b[at] & 0xFF;
    int y = b[at + 1] & 0xFF;
    return little ? x | y << 8 : x << 8 | y;
  }

  private static long u32(byte[] b, int at, boolean little) {
    long v = 0;
    for (int i = 0; i < 4; i++) {
      int byteAt = little ? at + 3 - i : at + i;
      v = v << 8 | (b[byteAt] & 0xFF);
    }
    return v;
  }
}
