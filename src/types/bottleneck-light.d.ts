// bottleneck's light build (no clustering) has the same API as the full one, but ships no types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
