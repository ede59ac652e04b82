package org.reviewpress.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.reviewpress.ReviewpressException;

/**
 * The last touches before a PDF is saved, which make its bytes depend only on its sources:
 * openhtmltopdf's information dictionary (with the wall-clock time) and XMP packet are replaced
 * by ones made from {@link DocumentInfo}, and the trailer {@code /ID}, which PDFBox would
 * otherwise hash from the clock, is derived from the document's content.
 */
final class Reproducible {

  private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
  private static final COSName TFOOT = COSName.getPDFName("TFoot");

  private Reproducible() {}

  /**
   * @param content everything the PDF is made from, so that the id changes when the document does
   */
  static void finish(PDDocument doc, DocumentInfo info, String content) {
    PDDocumentInformation dict = new PDDocumentInformation();
    dict.setTitle(info.title());
    dict.setSubject(info.subject());
    if (!info.keywords().isEmpty()) {
      dict.setKeywords(info.keywordText());
    }
    dict.setAuthor(info.author());
    dict.setCreator(DocumentInfo.CREATOR);
    dict.setProducer(DocumentInfo.CREATOR);
    info.date().ifPresent(d -> {
      Calendar utc = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      utc.setTimeInMillis(d.toEpochMilli());
      dict.setCreationDate(utc);
      dict.setModificationDate(utc);
    });
    doc.setDocumentInformation(dict);
    doc.getDocumentCatalog().setLanguage(info.lang());
    try {
      PDMetadata metadata = new PDMetadata(doc);
      metadata.importXMPMetadata(info.xmp().getBytes(StandardCharsets.UTF_8));
      doc.getDocumentCatalog().setMetadata(metadata);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write the PDF's metadata: " + e.getMessage(), e);
    }
    tidyStructure(doc.getDocumentCatalog().getStructureTreeRoot());

    // With both entries present, PDFBox keeps the trailer id instead of hashing the time.
    byte[] id = Arrays.copyOf(sha256(content + '\u0000' + info), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().setDocumentID(ids);
  }

  /**
   * openhtmltopdf gives a link without a title an empty {@code /Alt}, which hides the link's
   * own text from screen readers, and gives every table an empty {@code TFoot} element; both
   * are removed. (The print template gives links titles, so the first is a safety net.)
   */
  private static void tidyStructure(PDStructureTreeRoot root) {
    if (root != null) {
      tidy(root.getCOSObject().getDictionaryObject(COSName.K), Collections.newSetFromMap(new IdentityHashMap<>()));
    }
  }

  private static void tidy(COSBase node, Set<COSBase> seen) {
    if (node instanceof COSArray kids) {
      for (int i = kids.size() - 1; i >= 0; i--) {
        COSBase kid = kids.getObject(i);
        if (kid instanceof COSDictionary d && isEmptyFooter(d)) {
          kids.remove(i);
        } else {
          tidy(kid, seen);
        }
      }
    } else if (node instanceof COSDictionary element && seen.add(element)
        && STRUCT_ELEM.equals(element.getCOSName(COSName.TYPE, STRUCT_ELEM)) && element.containsKey(COSName.S)) {
      if (element.getDictionaryObject(COSName.ALT) instanceof COSString alt && alt.getString().isBlank()) {
        element.removeItem(COSName.ALT);
      }
      COSBase k = element.getDictionaryObject(COSName.K);
      if (k instanceof COSDictionary only && isEmptyFooter(only)) {
        element.removeItem(COSName.K);
      } else {
        tidy(k, seen);
      }
    }
  }

  private static boolean isEmptyFooter(COSDictionary d) {
    return TFOOT.equals(d.getCOSName(COSName.S)) && d.getDictionaryObject(COSName.K) == null;
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }
}
