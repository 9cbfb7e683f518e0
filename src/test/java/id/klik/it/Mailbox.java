package id.klik.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GreenMail's inbox through its REST API, and the invitation links in the mails. */
final class Mailbox {

  private static final Pattern LINK =
      Pattern.compile("(/t/[a-z0-9-]+/invitation\\?token=[A-Za-z0-9_-]+)");

  private Mailbox() {}

  /** The messages GreenMail holds for one address; none when it has not seen the address. */
  static JsonArray messages(String address) {
    String url =
        LocalStack.stack().mail().apiUrl()
            + "/api/user/"
            + URLEncoder.encode(address, StandardCharsets.UTF_8)
            + "/messages/";
    Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
    if (reply.status() != 200) {
      return Json.createArrayBuilder().build();
    }
    return Json.createReader(new StringReader(reply.body())).readArray();
  }

  /** Waits until the address has at least {@code count} messages. */
  static JsonArray await(String address, int count) throws InterruptedException {
    for (int i = 0; i < 240; i++) {
      JsonArray inbox = messages(address);
      if (inbox.size() >= count) {
        return inbox;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("fewer than " + count + " mails for " + address + " within 120 s");
  }

  /** Waits for a mail with an invitation link to the address; answers the newest link. */
  static String awaitInvitation(String address) throws InterruptedException {
    for (int i = 0; i < 240; i++) {
      JsonArray inbox = messages(address);
      for (int m = inbox.size() - 1; m >= 0; m--) {
        Matcher link = LINK.matcher(decoded(inbox.getJsonObject(m).getString("mimeMessage")));
        if (link.find()) {
          return link.group(1);
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no invitation for " + address + " within 120 s");
  }

  private static String decoded(String mimeMessage) {
    return mimeMessage
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
        .replace("=3d", "=");
  }

  /** The invitation link of a raw message (quoted-printable undone), as a path on the app. */
  static String invitationPath(String mimeMessage) {
    String text =
        mimeMessage.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=").replace("=3d", "=");
    Matcher m = LINK.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no invitation link in " + mimeMessage);
    }
    return m.group(1);
  }
}
