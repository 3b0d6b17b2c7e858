package org.policy321;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The process engine for Policy 3.21 "Social Networking": Camunda 7 with its webapps and REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(PolicyEngineApplication.class, args);
  }
}
