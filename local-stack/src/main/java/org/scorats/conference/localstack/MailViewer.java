package org.scorats.conference.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.scorats.conference.devinfra.SmtpServer;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the local SMTP server received, newest first: as a page for the browser at {@code /} and
 * as JSON at {@code /messages} (optionally {@code ?to=<address>}) for scripts and the walkthrough.
 */
public final class MailViewer implements AutoCloseable {

    private final HttpServer server;
    private final SmtpServer smtp;
    private final ObjectMapper json = new ObjectMapper();

    private MailViewer(HttpServer server, SmtpServer smtp) {
        this.server = server;
        this.smtp = smtp;
    }

    public static MailViewer start(SmtpServer smtp, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            MailViewer viewer = new MailViewer(server, smtp);
            server.createContext("/messages", viewer::messages);
            server.createContext("/", viewer::page);
            server.start();
            return viewer;
        } catch (IOException e) {
            throw new UncheckedIOException("Mail viewer could not listen on port " + port, e);
        }
    }

    private List<ReceivedMail> newestFirst(String to) {
        List<ReceivedMail> mails = new ArrayList<>(smtp.received());
        Collections.reverse(mails);
        return to == null ? mails : mails.stream().filter(m -> m.to().stream().anyMatch(t -> t.contains(to))).toList();
    }

    private void messages(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String to = query != null && query.startsWith("to=") ? java.net.URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8) : null;
        answer(exchange, "application/json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(newestFirst(to)));
    }

    private void page(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><meta charset="utf-8"><title>Local mail</title>
                <style>body{font-family:sans-serif;margin:2em;max-width:60em}article{border-top:1px solid #ccc;padding:1em 0}
                pre{white-space:pre-wrap}</style></head><body><h1>Mail received by the local SMTP server</h1>
                <p>Newest first. JSON: <a href="/messages">/messages</a>. Reload to see new mail.</p>
                """);
        List<ReceivedMail> mails = newestFirst(null);
        if (mails.isEmpty()) {
            html.append("<p>No mail yet.</p>");
        }
        for (ReceivedMail mail : mails) {
            html.append("<article><h2>").append(escape(mail.subject())).append("</h2><p>To: ")
                    .append(escape(String.join(", ", mail.to()))).append("</p><pre>")
                    .append(escape(mail.text())).append("</pre></article>");
        }
        answer(exchange, "text/html; charset=utf-8", html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
