package org.scorats.conference.devinfra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.scorats.conference.devinfra.testing.SharedServers;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SharedServersTest {

    @Test
    void postgresServesADatabaseOfItsOwnWithUnicodeText() throws Exception {
        PostgresServer server = SharedServers.postgres();
        server.createDatabase("devinfra_check");
        server.createDatabase("devinfra_check"); // a second call finds it and leaves it alone

        try (var connection = DriverManager.getConnection(server.jdbcUrl("devinfra_check"), server.username(), server.password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE person (name text)");
            statement.execute("INSERT INTO person VALUES ('Иванов Иван'), ('张伟')");
            var names = new ArrayList<String>();
            var rows = statement.executeQuery("SELECT name FROM person ORDER BY name");
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            assertThat(names).containsExactly("Иванов Иван", "张伟");
        }
        server.dropDatabase("devinfra_check");
    }

    @Test
    void kafkaBrokerDeliversWhatWasProduced() {
        String bootstrap = SharedServers.kafkaBootstrapServers();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("devinfra.check", "key", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "devinfra-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("devinfra.check"));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
            }
            assertThat(values).containsExactly("hello");
        }
    }
}
