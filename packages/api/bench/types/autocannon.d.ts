// The parts of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p97_5?: number; p99: number }
  interface Result { requests: Histogram; latency: Histogram; errors: number; non2xx: number }
  function autocannon(opts: Record<string, unknown>): Promise<Result>;
  export default autocannon;
}
