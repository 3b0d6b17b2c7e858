package org.policy321.bench.scale;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * A layout per case, as an officer uploads one: a PNG of about 150 kB whose pixels come from the case's
 * number, so no two cases send the same bytes and nothing could be stored once for several cases. Noise
 * does not compress, as photographs hardly do, so the size is the picture's and not the encoder's luck.
 */
final class LayoutImages {

  private static final int WIDTH = 240;
  private static final int HEIGHT = 200;

  private LayoutImages() {}

  static byte[] png(long caseIndex) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(caseIndex * 0x9E3779B97F4A7C15L + 1);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(8, 8, 180, 22);
    g.setColor(Color.BLUE);
    g.drawString("Layout of case " + caseIndex, 14, 24);
    g.dispose();
    try (var out = new ByteArrayOutputStream(WIDTH * HEIGHT * 3 + 4096)) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
