import { render } from 'preact';

function Popup() {
  return <main><h1>明白就医 ClearClinic</h1></main>;
}

render(<Popup />, document.getElementById('app')!);
