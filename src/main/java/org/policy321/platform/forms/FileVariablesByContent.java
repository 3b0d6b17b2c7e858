package org.policy321.platform.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.policy321.platform.documents.FileVariableRows;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContentTypedFileSerializer} in place of the engine's own File serializer, for writing (the engine
 * writes a value with the first serializer that takes it) and for reading (by the name "file"). The serializer
 * keeps the files' bytes in the {@code document} table.
 */
@Component
class FileVariablesByContent extends AbstractProcessEnginePlugin {

  private final ContentTypedFileSerializer serializer;

  FileVariablesByContent(FileVariableRows rows) {
    this.serializer = new ContentTypedFileSerializer(rows);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, serializer);
    configuration.setCustomPreVariableSerializers(serializers);
  }

  /**
   * The engine reads a value with the serializer registered under its name, and its own File serializer, added
   * after the custom ones, took the name "file"; reads must go through this one, which follows the reference.
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    VariableSerializers registered = configuration.getVariableSerializers();
    TypedValueSerializer<?> reader = registered.getSerializerByName(serializer.getName());
    if (reader != serializer) {
      registered.removeSerializer(reader);
      registered.removeSerializer(serializer);
      registered.addSerializer(serializer, 0);
    }
  }
}
