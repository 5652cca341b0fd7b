package org.scorats.conference.devinfra.testing;

import org.scorats.conference.devinfra.SmtpServer;

import java.util.Arrays;
import java.util.List;

/** Adapts {@link SmtpServer} to {@link CaughtMailMBean}. */
public final class CaughtMail implements CaughtMailMBean {

    private final SmtpServer server;

    CaughtMail(SmtpServer server) {
        this.server = server;
    }

    @Override
    public int getPort() {
        return server.port();
    }

    @Override
    public void pause() {
        server.pause();
    }

    @Override
    public void resume() {
        server.resume();
    }

    @Override
    public void hang() {
        server.hang();
    }

    @Override
    public int getHeldConnections() {
        return server.heldConnections();
    }

    @Override
    public List<List<String>> getReceived() {
        return server.received().stream()
                .map(m -> Arrays.asList(String.join(",", m.to()), m.subject(), m.text(), m.html()))
                .toList();
    }
}
