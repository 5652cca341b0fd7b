package org.scorats.conference.devinfra.testing;

import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.util.Arrays;
import java.util.List;

/** Tests' view of the shared SMTP server: what arrived, and a way to take it down for a while. */
public final class MailCatcher {

    private final MBeanServer beans;
    private final ObjectName name;

    MailCatcher(MBeanServer beans, ObjectName name) {
        this.beans = beans;
        this.name = name;
    }

    public int port() {
        return (Integer) attribute("Port");
    }

    public void pause() {
        invoke("pause");
    }

    public void resume() {
        invoke("resume");
    }

    /** Accepts connections and never answers, until {@link #resume()}. */
    public void hang() {
        invoke("hang");
    }

    /** Connections taken (and left unanswered) while hung. */
    public int heldConnections() {
        return (Integer) attribute("HeldConnections");
    }

    @SuppressWarnings("unchecked")
    public List<ReceivedMail> received() {
        return ((List<List<String>>) attribute("Received")).stream()
                .map(m -> new ReceivedMail(Arrays.asList(m.get(0).split(",")), m.get(1), m.get(2), m.get(3)))
                .toList();
    }

    /** The mail sent to one address. */
    public List<ReceivedMail> to(String address) {
        return received().stream().filter(m -> m.to().stream().anyMatch(to -> to.contains(address))).toList();
    }

    private Object attribute(String attribute) {
        try {
            return beans.getAttribute(name, attribute);
        } catch (JMException e) {
            throw new IllegalStateException("The shared SMTP server does not answer", e);
        }
    }

    private void invoke(String operation) {
        try {
            beans.invoke(name, operation, new Object[0], new String[0]);
        } catch (JMException e) {
            throw new IllegalStateException("The shared SMTP server does not answer", e);
        }
    }
}
