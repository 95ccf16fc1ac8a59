// What the bank and dashboard scripts share: their one argument (a JSON object), a kafkajs client that logs to
// stderr only (stdout carries the script's JSON answer), Confluent's registry client, and how to answer.
import { Kafka, logLevel } from 'kafkajs';
import { SchemaRegistryClient } from '@confluentinc/schemaregistry';

export function readArgs() {
  if (process.argv.length < 3) {
    throw new Error('usage: node ' + process.argv[1] + ' \'{"bootstrapServers": ..., "registryUrl": ..., ...}\'');
  }
  return JSON.parse(process.argv[2]);
}

export function kafka(args, clientId) {
  const toStderr = () => ({ namespace, level, log }) =>
    process.stderr.write(`kafkajs ${level} ${namespace}: ${log.message}\n`);
  return new Kafka({
    clientId,
    brokers: args.bootstrapServers.split(','),
    logLevel: logLevel.WARN,
    logCreator: toStderr,
  });
}

export function registry(args) {
  return new SchemaRegistryClient({ baseURLs: [args.registryUrl] });
}

/** Prints the answer as one JSON document on stdout; a failure goes to stderr with a non-zero exit code. */
export async function answer(work) {
  try {
    process.stdout.write(JSON.stringify(await work()) + '\n');
  } catch (e) {
    process.stderr.write('failed: ' + (e && e.stack ? e.stack : e) + '\n');
    process.exitCode = 1;
  }
}
