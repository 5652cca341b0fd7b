package org.scorats.conference.devinfra;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on loopback, which keeps every message it accepts for reading back. */
public final class SmtpServer implements AutoCloseable {

    /** A message as it arrived, its parts decoded. */
    public record ReceivedMail(List<String> to, String subject, String text, String html) {
    }

    private final int port;
    /** What earlier runs of the server accepted: a pause must not forget delivered mail. */
    private final List<ReceivedMail> beforePause = new ArrayList<>();
    /** Connections taken while hung, held open without a word until the server closes. */
    private final List<Socket> held = new ArrayList<>();
    private GreenMail greenMail;
    private ServerSocket mute;

    private SmtpServer(int port) {
        this.port = port;
    }

    public static SmtpServer start(int port) {
        SmtpServer server = new SmtpServer(port);
        server.resume();
        return server;
    }

    public int port() {
        return port;
    }

    /** Stops accepting mail, as an SMTP server down for maintenance would. */
    public synchronized void pause() {
        if (greenMail != null) {
            beforePause.addAll(decodeAll(greenMail));
            greenMail.stop();
            greenMail = null;
        }
    }

    /**
     * Accepts connections and never answers, not even with the greeting, as a relay that has hung
     * (or a greeting lost on the way) looks to a client; until {@link #resume()}. The connections it
     * took stay open and silent: only the client's own deadline ends them.
     */
    public synchronized void hang() {
        pause();
        if (mute != null) {
            return;
        }
        try {
            mute = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on port " + port, e);
        }
        ServerSocket listener = mute;
        Thread acceptor = new Thread(() -> holdConnections(listener), "smtp-hung");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** How many connections the server took while hung. */
    public synchronized int heldConnections() {
        return held.size();
    }

    private void holdConnections(ServerSocket listener) {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                synchronized (this) {
                    held.add(connection);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Starts accepting mail (again); returns once the port accepts connections, so a send right after cannot be refused. */
    public synchronized void resume() {
        closeQuietly(mute);
        mute = null;
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            // GreenMail makes a user per new recipient and finds a user's mailbox by walking all of
            // them, so a delivery got dearer with every address seen: the benchmarks' tens of thousands
            // of participants made the server one of the machine's larger consumers of CPU. One mailbox
            // for all keeps a delivery's cost flat; who a mail was for stays in its headers.
            GreenMailUser everyone = greenMail.setUser("everyone@smtp.invalid", "everyone", "everyone");
            greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> everyone);
            awaitListening(Duration.ofSeconds(30));
        }
    }

    private void awaitListening(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("SMTP server on port " + port + " does not accept connections", notYet);
                }
                Thread.onSpinWait();
            }
        }
    }

    /** How many messages were accepted, without decoding them: cheap enough to poll while thousands arrive. */
    public synchronized int count() {
        return beforePause.size() + (greenMail == null ? 0 : greenMail.getReceivedMessages().length);
    }

    public synchronized List<ReceivedMail> received() {
        List<ReceivedMail> mails = new ArrayList<>(beforePause);
        if (greenMail != null) {
            mails.addAll(decodeAll(greenMail));
        }
        return mails;
    }

    @Override
    public synchronized void close() {
        pause();
        closeQuietly(mute);
        held.forEach(SmtpServer::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // closing on the way out: nothing left to tell anyone
        }
    }

    private static List<ReceivedMail> decodeAll(GreenMail server) {
        return Arrays.stream(server.getReceivedMessages()).map(SmtpServer::decode).toList();
    }

    private static ReceivedMail decode(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
            String[] parts = new String[2];
            collect(message.getContent(), message.getContentType(), parts);
            return new ReceivedMail(to, message.getSubject(), parts[0], parts[1]);
        } catch (MessagingException | IOException e) {
            return new ReceivedMail(List.of(), "(unreadable: " + e + ")", GreenMailUtil.getWholeMessage(message), null);
        }
    }

    /** parts[0] the plain text, parts[1] the HTML, from however the parts nest. */
    private static void collect(Object content, String type, String[] parts) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), parts);
            }
        } else if (content instanceof String text) {
            parts[type.toLowerCase().startsWith("text/html") ? 1 : 0] = text;
        }
    }
}
