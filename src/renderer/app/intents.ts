/**
 * Requests made from outside a view (palette, app menu) that the view carries
 * out when it is on screen, even if it mounts only after the request.
 */
let newCustomerPending = false;

export function requestNewCustomer(): void {
  newCustomerPending = true;
  window.dispatchEvent(new Event('rapport:new-customer'));
}

export function takeNewCustomerRequest(): boolean {
  const pending = newCustomerPending;
  newCustomerPending = false;
  return pending;
}
