package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram reads in Camunda Modeler: its diagram interchange (the shapes' bounds and the flows' waypoints)
 * has no flow through a shape it does not connect, no shapes on top of each other, no two flows drawn on the same
 * line, no label over a shape or a stage's heading (a text annotation), and every exclusive gateway that splits asks
 * a question ("Triage outcome?").
 */
class DiagramLayoutTest {

  /** Flows ending on a shape's border touch it; this much inside the border is a crossing. */
  private static final double INSIDE = 2;
  /** Two flows side by side closer than this, over more than {@link #SHARED_LENGTH}, read as one line. */
  private static final double SAME_LINE = 3;
  private static final double SHARED_LENGTH = 10;

  record Box(double x, double y, double width, double height) {
    static Box of(Bounds bounds) {
      return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    Box shrunk(double by) {
      return new Box(x + by, y + by, width - 2 * by, height - 2 * by);
    }

    boolean overlaps(Box other) {
      return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }

    /** Liang–Barsky: does the segment from (ax, ay) to (bx, by) pass through this box? */
    boolean crossedBy(Point a, Point b) {
      double t0 = 0;
      double t1 = 1;
      double dx = b.x() - a.x();
      double dy = b.y() - a.y();
      double[][] sides = {{-dx, a.x() - x}, {dx, x + width - a.x()}, {-dy, a.y() - y}, {dy, y + height - a.y()}};
      for (double[] side : sides) {
        if (side[0] == 0) {
          if (side[1] < 0) {
            return false;
          }
        } else {
          double r = side[1] / side[0];
          if (side[0] < 0) {
            t0 = Math.max(t0, r);
          } else {
            t1 = Math.min(t1, r);
          }
          if (t0 > t1) {
            return false;
          }
        }
      }
      return true;
    }
  }

  record Point(double x, double y) {}

  record Segment(String flow, Point a, Point b) {
    boolean horizontal() {
      return a.y() == b.y() && a.x() != b.x();
    }

    boolean vertical() {
      return a.x() == b.x() && a.y() != b.y();
    }

    /** Length along which this and the other run on (nearly) the same horizontal or vertical line. */
    double sharedLength(Segment other) {
      if (horizontal() && other.horizontal() && Math.abs(a.y() - other.a.y()) < SAME_LINE) {
        return overlap(a.x(), b.x(), other.a.x(), other.b.x());
      }
      if (vertical() && other.vertical() && Math.abs(a.x() - other.a.x()) < SAME_LINE) {
        return overlap(a.y(), b.y(), other.a.y(), other.b.y());
      }
      return 0;
    }

    private static double overlap(double a1, double a2, double b1, double b2) {
      return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
    }
  }

  static List<Path> diagrams() throws java.io.IOException {
    return BpmnModelConventionsTest.diagrams().toList();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void noFlowPassesThroughAShapeItDoesNotConnect(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    Map<String, Box> shapes = shapes(model);
    List<String> crossings = new ArrayList<>();
    for (BpmnEdge edge : edges(model)) {
      SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
      Set<String> ends = ends(flow);
      for (Segment segment : segments(edge)) {
        shapes.forEach((id, box) -> {
          if (!ends.contains(id) && box.shrunk(INSIDE).crossedBy(segment.a(), segment.b())) {
            crossings.add(flow.getId() + " through " + id);
          }
        });
      }
    }
    assertThat(crossings).as(diagram + ": flows drawn through shapes").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void noTwoShapesOverlap(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    Map<String, Box> shapes = shapes(model);
    List<String> ids = new ArrayList<>(shapes.keySet());
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (!attached(model, ids.get(i), ids.get(j)) && shapes.get(ids.get(i)).overlaps(shapes.get(ids.get(j)))) {
          overlaps.add(ids.get(i) + " and " + ids.get(j));
        }
      }
    }
    assertThat(overlaps).as(diagram + ": shapes on top of each other").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void noTwoFlowsShareALine(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<Segment> segments = new ArrayList<>();
    edges(model).forEach(edge -> segments.addAll(segments(edge)));
    Set<String> shared = new HashSet<>();
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        Segment one = segments.get(i);
        Segment other = segments.get(j);
        if (!one.flow().equals(other.flow()) && one.sharedLength(other) > SHARED_LENGTH) {
          shared.add(one.flow() + " and " + other.flow());
        }
      }
    }
    assertThat(shared).as(diagram + ": flows drawn on the same line").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void noLabelSitsOnAShape(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    Map<String, Box> shapes = shapes(model);
    Map<String, Box> labels = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      labelOf(shape).ifPresent(label -> labels.put(shape.getBpmnElement().getId(), label));
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
        labels.put(edge.getBpmnElement().getId(), Box.of(edge.getBpmnLabel().getBounds()));
      }
    }
    List<String> covered = new ArrayList<>();
    labels.forEach((owner, label) -> shapes.forEach((id, shape) -> {
      if (!id.equals(owner) && label.overlaps(shape.shrunk(INSIDE))) {
        covered.add("label of " + owner + " on " + id);
      }
    }));
    assertThat(covered).as(diagram + ": labels over shapes").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everySplittingExclusiveGatewayAsksAQuestion(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<String> statements = model.getModelElementsByType(ExclusiveGateway.class).stream()
        .filter(gateway -> gateway.getOutgoing().size() > 1)
        .filter(gateway -> gateway.getName() == null || !gateway.getName().trim().endsWith("?"))
        .map(gateway -> gateway.getId() + " \"" + gateway.getName() + "\"")
        .toList();
    assertThat(statements).as(diagram + ": splitting gateways not named as a question").isEmpty();
  }

  /**
   * Where Modeler draws the name of an event or a gateway: its label's bounds, or, when the diagram gives none,
   * centred below the shape (bpmn-js: 90 wide, a line of about 14 per 15 characters). Activities carry their name
   * inside.
   */
  private static java.util.Optional<Box> labelOf(BpmnShape shape) {
    if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
      return java.util.Optional.of(Box.of(shape.getBpmnLabel().getBounds()));
    }
    var element = shape.getBpmnElement();
    boolean outside = element instanceof org.camunda.bpm.model.bpmn.instance.Event
        || element instanceof org.camunda.bpm.model.bpmn.instance.Gateway;
    String name = element instanceof org.camunda.bpm.model.bpmn.instance.FlowNode node ? node.getName() : null;
    if (!outside || name == null || name.isBlank()) {
      return java.util.Optional.empty();
    }
    Box box = Box.of(shape.getBounds());
    double lines = Math.ceil(name.length() / 15.0);
    return java.util.Optional.of(new Box(box.x() + box.width() / 2 - 45, box.y() + box.height() + 5, 90, 14 * lines));
  }

  /**
   * Every shape but lanes, pools and sub-processes (which contain what is drawn in them): the flow nodes, and the
   * text annotations that head a diagram's stages (nothing may run through or sit on a heading either).
   */
  static Map<String, Box> shapes(BpmnModelInstance model) {
    Map<String, Box> shapes = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() instanceof org.camunda.bpm.model.bpmn.instance.FlowNode
          && !(shape.getBpmnElement() instanceof SubProcess)
          || shape.getBpmnElement() instanceof TextAnnotation) {
        shapes.put(shape.getBpmnElement().getId(), Box.of(shape.getBounds()));
      }
    }
    return shapes;
  }

  private static List<BpmnEdge> edges(BpmnModelInstance model) {
    return model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getBpmnElement() instanceof SequenceFlow).toList();
  }

  private static List<Segment> segments(BpmnEdge edge) {
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i + 1 < points.size(); i++) {
      segments.add(new Segment(edge.getBpmnElement().getId(),
          new Point(points.get(i).getX(), points.get(i).getY()),
          new Point(points.get(i + 1).getX(), points.get(i + 1).getY())));
    }
    return segments;
  }

  /** The flow's source and target, and the hosts of boundary events among them (a flow leaves over its host). */
  private static Set<String> ends(SequenceFlow flow) {
    Set<String> ends = new HashSet<>(Set.of(flow.getSource().getId(), flow.getTarget().getId()));
    for (var end : List.of(flow.getSource(), flow.getTarget())) {
      if (end instanceof BoundaryEvent boundary) {
        ends.add(boundary.getAttachedTo().getId());
      }
    }
    return ends;
  }

  private static boolean attached(BpmnModelInstance model, String one, String other) {
    return model.getModelElementById(one) instanceof BoundaryEvent b1 && b1.getAttachedTo().getId().equals(other)
        || model.getModelElementById(other) instanceof BoundaryEvent b2 && b2.getAttachedTo().getId().equals(one);
  }
}
