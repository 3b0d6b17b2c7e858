package org.policy321.platform.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Turns an uploaded PNG or JPEG into an image XObject that is safe in a PDF/A-2b file.
 *
 * <p>The bytes are decoded and drawn again as plain RGB rather than passed through
 * ({@code PDImageXObject.createFromByteArray} would copy a JPEG as it is): a CMYK JPEG would then
 * put DeviceCMYK into a file whose output intent is sRGB, which PDF/A forbids; transparency is
 * flattened onto white; metadata such as a photo's EXIF location is not carried into the archive;
 * and a huge image is decoded subsampled and scaled down, so its pixel count cannot exhaust
 * memory or bloat the document.
 */
final class ImageImport {

  /** Longest side in pixels: about 170 DPI across a full A4 page, plenty for a record. */
  static final int MAX_SIDE = 2000;

  private static final float JPEG_QUALITY = 0.85f;

  private ImageImport() {}

  static PDImageXObject toXObject(PDDocument doc, byte[] imageBytes) throws IOException {
    if (imageBytes == null || imageBytes.length == 0) {
      throw new IOException("the image is empty");
    }
    try (ImageInputStream in =
        ImageIO.createImageInputStream(new ByteArrayInputStream(imageBytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("not a readable image (PNG or JPEG expected)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        BufferedImage rgb = toRgb(readSubsampled(reader));
        boolean photo = reader.getFormatName().toLowerCase(Locale.ROOT).contains("jp");
        // Photos stay small as JPEG; screenshots and drawings stay sharp as lossless.
        return photo
            ? JPEGFactory.createFromImage(doc, rgb, JPEG_QUALITY)
            : LosslessFactory.createFromImage(doc, rgb);
      } finally {
        reader.dispose();
      }
    }
  }

  /** Scales an image down (never up) so that its longest side is at most {@code maxSide}. */
  static BufferedImage fitWithin(BufferedImage image, int maxSide) {
    int longest = Math.max(image.getWidth(), image.getHeight());
    if (longest <= maxSide) {
      return image;
    }
    double scale = (double) maxSide / longest;
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    return draw(image, width, height);
  }

  private static BufferedImage readSubsampled(ImageReader reader) throws IOException {
    int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
    ImageReadParam param = reader.getDefaultReadParam();
    // Subsampling while decoding keeps memory bounded; the final scaling happens in toRgb.
    int step = Math.max(1, longest / (2 * MAX_SIDE));
    if (step > 1) {
      param.setSourceSubsampling(step, step, 0, 0);
    }
    return reader.read(0, param);
  }

  private static BufferedImage toRgb(BufferedImage decoded) {
    BufferedImage fitted = fitWithin(decoded, MAX_SIDE);
    if (fitted.getType() == BufferedImage.TYPE_INT_RGB) {
      return fitted;
    }
    return draw(fitted, fitted.getWidth(), fitted.getHeight());
  }

  private static BufferedImage draw(BufferedImage source, int width, int height) {
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }
}
