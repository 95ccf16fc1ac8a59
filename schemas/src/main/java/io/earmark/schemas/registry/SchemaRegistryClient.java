package io.earmark.schemas.registry;

import org.apache.avro.Schema;

/**
 * The two schema-registry operations the serdes need, in the Confluent REST model.
 * In: a subject name and an Avro schema, or a schema id. Out: the registry's global id for the schema,
 * or the schema registered under an id. Ids are global and not consecutive: never assume their values.
 */
public interface SchemaRegistryClient {

    /**
     * Registers {@code schema} under {@code subject} (idempotent: the same schema yields the same id).
     *
     * @throws IncompatibleSchemaException  if the registry rejects the schema as incompatible with the subject
     * @throws RegistryUnavailableException if the registry cannot be reached or answers with a server error
     */
    int register(String subject, Schema schema);

    /**
     * Returns the schema registered under {@code id}.
     *
     * @throws UnknownSchemaIdException     if no schema has that id
     * @throws RegistryUnavailableException if the registry cannot be reached or answers with a server error
     */
    Schema schemaById(int id);
}
