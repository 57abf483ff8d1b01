package se.lotsen.api.handout;

import io.nayuki.qrcodegen.QrCode;

/** A QR code of the handout's address as inline SVG, so the printout needs no image file and no third party. */
final class QrCodeSvg {
    private static final int BORDER = 4;

    private QrCodeSvg() {
    }

    static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-hidden=\"true\" shape-rendering=\"crispEdges\" class=\"qr\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
