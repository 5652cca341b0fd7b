package org.scorats.conference.devinfra.testing;

import org.scorats.conference.devinfra.KafkaBroker;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Takes the shared Kafka broker down for a while, for tests of what a broker outage does. The
 * broker itself is registered with the platform MBean server, which every Quarkus class loader
 * shares; this handle reaches it from any of them.
 */
public final class KafkaSwitch {

    static final String NAME = "org.scorats.conference.test:type=KafkaBroker";

    private final MBeanServer beans;
    private final ObjectName name;

    KafkaSwitch(MBeanServer beans, ObjectName name) {
        this.beans = beans;
        this.name = name;
    }

    /** Stops the broker, keeping its data; returns once it is down. */
    public void pause() {
        invoke("pause");
    }

    /** Starts it again on the same port; returns once it serves metadata. */
    public void resume() {
        invoke("resume");
    }

    private void invoke(String operation) {
        try {
            beans.invoke(name, operation, new Object[0], new String[0]);
        } catch (JMException e) {
            throw new IllegalStateException("The shared Kafka broker does not answer (an external broker cannot be stopped)", e);
        }
    }

    /** Adapts {@link KafkaBroker} to {@link KafkaSwitchMBean}. */
    static final class Bean implements KafkaSwitchMBean {

        private final KafkaBroker broker;

        Bean(KafkaBroker broker) {
            this.broker = broker;
        }

        @Override
        public void pause() {
            broker.pause();
        }

        @Override
        public void resume() {
            broker.resume();
        }
    }
}
