package org.reviewpress.check.privacy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Generates small JPEG and PNG files, clean as ImageIO writes them or with metadata inserted the
 * way cameras and editors insert it, for the image-metadata tests.
 */
public final class TestImages {

  private TestImages() {}

  /** A 16x16 image as ImageIO writes it ("jpg" or "png"): no identifying metadata. */
  public static byte[] clean(String format) {
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 16; x++) {
      img.setRGB(x, x, 0x336699);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** A TIFF (EXIF) block with camera make, a date-taken, an owner and a GPS pointer. */
  public static byte[] exif() {
    ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    int entries = 4;
    b.putShort((short) entries);
    int data = 8 + 2 + entries * 12 + 4;
    b.putShort((short) 0x010F).putShort((short) 2).putInt(6).putInt(data);       // Make
    b.putShort((short) 0x0132).putShort((short) 2).putInt(20).putInt(data + 6);  // DateTime
    b.putShort((short) 0x013B).putShort((short) 2).putInt(4).put("Ann\0".getBytes(StandardCharsets.US_ASCII)); // Artist
    b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(data + 26);  // GPS IFD pointer
    b.putInt(0);
    b.put("Canon\0".getBytes(StandardCharsets.US_ASCII));
    b.put("2024:05:01 10:00:00\0".getBytes(StandardCharsets.US_ASCII));
    b.putShort((short) 0).putInt(0); // an empty GPS IFD
    byte[] out = new byte[b.position()];
    b.flip();
    b.get(out);
    return out;
  }

  /** A JPEG with an EXIF APP1 segment inserted after the start-of-image marker. */
  public static byte[] jpegWithExif() {
    byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif());
    return insertJpegSegment(clean("jpg"), 0xE1, payload);
  }

  /** A JPEG with an XMP packet naming its creator. */
  public static byte[] jpegWithXmp() {
    String xmp = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description"
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>A. Person</rdf:li></rdf:Seq>"
        + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>";
    return insertJpegSegment(clean("jpg"), 0xE1, xmp.getBytes(StandardCharsets.UTF_8));
  }

  /** A JPEG with an IPTC (Photoshop APP13) segment. */
  public static byte[] jpegWithIptc() {
    return insertJpegSegment(clean("jpg"), 0xED, "Photoshop 3.0\08BIM\u0004\u0004\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A PNG with a tEXt chunk. */
  public static byte[] pngWithText(String key, String value) {
    return insertPngChunk(clean("png"), "tEXt", (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A PNG with an eXIf chunk. */
  public static byte[] pngWithExif() {
    return insertPngChunk(clean("png"), "eXIf", exif());
  }

  static byte[] insertJpegSegment(byte[] jpeg, int marker, byte[] payload) {
    int len = payload.length + 2;
    byte[] seg = new byte[4 + payload.length];
    seg[0] = (byte) 0xFF;
    seg[1] = (byte) marker;
    seg[2] = (byte) (len >> 8);
    seg[3] = (byte) len;
    System.arraycopy(payload, 0, seg, 4, payload.length);
    byte[] out = new byte[jpeg.length + seg.length];
    System.arraycopy(jpeg, 0, out, 0, 2);
    System.arraycopy(seg, 0, out, 2, seg.length);
    System.arraycopy(jpeg, 2, out, 2 + seg.length, jpeg.length - 2);
    return out;
  }

  static byte[] insertPngChunk(byte[] png, String type, byte[] data) {
    // After the signature (8) and the IHDR chunk (4 + 4 + 13 + 4).
    int at = 8 + 25;
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length);
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    chunk.put(typeBytes).put(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    chunk.putInt((int) crc.getValue());
    return concat(concat(java.util.Arrays.copyOfRange(png, 0, at), chunk.array()), java.util.Arrays.copyOfRange(png, at, png.length));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Writes the fixture images of {@code fixtures/privacy.image-metadata/images}. */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(dir.resolve("clean.jpg"), clean("jpg"));
    java.nio.file.Files.write(dir.resolve("clean.png"), clean("png"));
    java.nio.file.Files.write(dir.resolve("camera.jpg"), jpegWithExif());
    java.nio.file.Files.write(dir.resolve("genogram.png"), pngWithText("Author", "A. Person"));
    java.nio.file.Files.write(dir.resolve("editor.png"), pngWithText("Software", "An editor"));
  }
}
