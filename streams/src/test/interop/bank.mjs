// A bank's integration written with Confluent's own clients. It registers the contract's schemas itself
// (FundEarmarked; FundMovement as in the contract, then a version of its own with one more optional field),
// serializes with Confluent's AvroSerializer (latest version, no auto-registration) and publishes with kafkajs.
// Argument: {bootstrapServers, registryUrl, avroDir, topics: {funds, movements}, extraField,
//            events: [{topic: "funds"|"movements", key, value}]}
// Answer: {ids: {<subject>: [id...]}, published: [{topic, partition, offset}]}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Partitioners } from 'kafkajs';
import { AvroSerializer, SerdeType } from '@confluentinc/schemaregistry';
import { answer, kafka, readArgs, registry } from './clients.mjs';

const args = readArgs();

function contractSchema(name) {
  return JSON.parse(readFileSync(join(args.avroDir, name + '.avsc'), 'utf8'));
}

/** The bank's FundMovement: the contract's, plus one optional field of its own (BACKWARD-compatible). */
function evolvedMovement() {
  const schema = contractSchema('FundMovement');
  schema.fields.push({ name: args.extraField, type: ['null', 'string'], default: null,
    doc: "The bank's own payment reference." });
  return schema;
}

async function register(client, subject, schemas) {
  const ids = [];
  for (const schema of schemas) {
    ids.push(await client.register(subject, { schemaType: 'AVRO', schema: JSON.stringify(schema) }));
  }
  return ids;
}

await answer(async () => {
  const client = registry(args);
  const fundsSubject = args.topics.funds + '-value';
  const movementsSubject = args.topics.movements + '-value';
  const ids = {
    [fundsSubject]: await register(client, fundsSubject, [contractSchema('FundEarmarked')]),
    [movementsSubject]: await register(client, movementsSubject, [contractSchema('FundMovement'), evolvedMovement()]),
  };
  const serializer = new AvroSerializer(client, SerdeType.VALUE, { useLatestVersion: true, autoRegisterSchemas: false });
  const producer = kafka(args, 'bank').producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const published = [];
  try {
    for (const event of args.events) {
      const topic = args.topics[event.topic];
      const value = await serializer.serialize(topic, event.value);
      const [meta] = await producer.send({
        topic, acks: -1,
        messages: [{ key: event.key, value, timestamp: String(event.value.eventTime) }],
      });
      published.push({ topic, partition: meta.partition, offset: Number(meta.baseOffset) });
    }
  } finally {
    await producer.disconnect();
  }
  return { ids, published };
});
