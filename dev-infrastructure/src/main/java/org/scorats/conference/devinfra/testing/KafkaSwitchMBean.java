package org.scorats.conference.devinfra.testing;

/** The shared Kafka broker as a JMX bean, so a test can take it down and bring it back (JDK types only). */
public interface KafkaSwitchMBean {

    void pause();

    void resume();
}
