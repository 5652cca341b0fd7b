package org.scorats.conference.conventions;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Sends a record that was already delivered once more, headers and all: what a broker or relay retry does. */
public final class Redelivery {

    private Redelivery() {
    }

    /** @return where the copy landed */
    public static RecordMetadata resend(ConsumerRecord<String, String> record) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not resend " + record, e);
        }
    }

    /** Sends a record as another producer might write it, CloudEvents headers given by name. */
    public static RecordMetadata send(String topic, String key, Map<String, String> headers, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, key, value);
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        return resend(record);
    }

    /** Waits until the consumer group has committed past the record: it was handled, whatever it did. */
    public static void awaitConsumed(String groupId, RecordMetadata record) {
        awaitConsumed(groupId, record.topic(), record.partition(), record.offset());
    }

    public static void awaitConsumed(String groupId, ConsumerRecord<String, String> record) {
        awaitConsumed(groupId, record.topic(), record.partition(), record.offset());
    }

    private static void awaitConsumed(String groupId, String topic, int partitionNumber, long offset) {
        TopicPartition partition = new TopicPartition(topic, partitionNumber);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > offset;
            });
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
