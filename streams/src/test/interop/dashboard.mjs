// An ops dashboard written with Confluent's own clients: reads Earmark's output topics from the beginning with
// kafkajs (read_committed) and decodes every value with Confluent's AvroDeserializer.
// Argument: {bootstrapServers, registryUrl, groupId, expect: {<topic>: <record count>}, timeoutMs}
// Answer: [{topic, partition, offset, key, value}] once every topic gave its count, in offset order per partition.
import { AvroDeserializer, SerdeType } from '@confluentinc/schemaregistry';
import { answer, kafka, readArgs, registry } from './clients.mjs';

const args = readArgs();

await answer(async () => {
  const deserializer = new AvroDeserializer(registry(args), SerdeType.VALUE, {});
  const consumer = kafka(args, 'dashboard').consumer({ groupId: args.groupId });
  const topics = Object.keys(args.expect);
  const received = Object.fromEntries(topics.map(t => [t, []]));
  const complete = () => topics.every(t => received[t].length >= args.expect[t]);
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out; received ' + JSON.stringify(
        Object.fromEntries(topics.map(t => [t, received[t].length]))) + ' of ' + JSON.stringify(args.expect))),
        args.timeoutMs);
      consumer.run({
        eachMessage: async ({ topic, partition, message }) => {
          const value = await deserializer.deserialize(topic, message.value);
          received[topic].push({ topic, partition, offset: Number(message.offset),
            key: message.key === null ? null : message.key.toString('utf8'), value });
          if (complete()) {
            clearTimeout(timer);
            resolve();
          }
        },
      }).catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return topics.flatMap(t => received[t]);
});
