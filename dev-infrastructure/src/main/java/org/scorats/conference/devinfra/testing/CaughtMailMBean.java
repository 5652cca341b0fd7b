package org.scorats.conference.devinfra.testing;

import java.util.List;

/**
 * The shared SMTP server as a JMX bean. Only JDK types cross this interface: tests reach it
 * through the platform MBean server from whichever class loader Quarkus gave them.
 */
public interface CaughtMailMBean {

    int getPort();

    void pause();

    void resume();

    /** Accepts connections without a word until {@link #resume()}: a hung relay. */
    void hang();

    int getHeldConnections();

    /** Each message as [to (comma-separated), subject, text, html]. */
    List<List<String>> getReceived();
}
