/** The message line above the stage: link problems, refusals, lost connections. */
export class Banner {
  /** Set while the banner explains the link itself, so a new admission does not hide it. */
  fromLink = false;

  constructor(private readonly element: HTMLElement) {}

  show(message: string): void {
    this.element.textContent = message;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
