// A client of Heron Exchange's REST API, written the way bots usually are: error codes as numbers.

/** Places an order through `send`, and says what to do when Heron refuses it. */
export async function placeOrder(send, order) {
  try {
    return { status: 'placed', order: await send('/api/v1/order', order) };
  } catch (err) {
    if (err.code === -2016) return { status: 'wait-for-window' };
    if (err.code === -1003 || err.code === -1008) return { status: 'retry-later' };
    // -1121 is another exchange's "invalid symbol"; Heron has no such code.
    if (err.code === -1121) return { status: 'bad-symbol' };
    throw err;
  }
}
