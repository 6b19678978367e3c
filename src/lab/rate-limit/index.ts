/**
 * The rate-limit lab: fail-fast vs all-sleep on one seeded input, permits held over time as an ASCII
 * and an SVG timeline, each makespan against its theory.
 */
export { formatRateLimitLab } from './format.ts';
export { buildInput, DEFAULT_SHAPE, type InputShape, type RateLimitInput } from './input.ts';
export { labItem, labServiceState, type LabItem, type LabItemResult, type LabService, type StepTimes } from './lab-item.ts';
export { rateLimitLab, SVG_PATH, writeRateLimitSvg } from './lab.ts';
export { assignSlots, intervalsFromSteps, intervalsFromTrace, peakHeld, type Interval, type PermitSpan } from './permit-spans.ts';
export { runRateLimitLab, type RateLimitLabOptions, type RateLimitLabReport } from './report.ts';
export { runPolicy, type PolicyRun, type SpanSource } from './run-policy.ts';
export { svgTimeline } from './svg-timeline.ts';
export { textTimeline } from './text-timeline.ts';
export { theoryOf, type ComparedPolicy, type Theory } from './theory.ts';
export { itemLabel, timeSpan } from './time-scale.ts';
