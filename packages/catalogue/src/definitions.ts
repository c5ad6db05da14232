import type { ExchangeErrorDefinition } from "./types.js";

/**
 * Every error code of the exchange REST API, transcribed verbatim from its error page
 * (docs/upstream/errors.md). The -20xx codes are listed under the 11xx heading there but are
 * order and account errors, so they form the `order` group.
 */
export const definitions = [
  {
    code: -1000,
    name: "UNKNOWN",
    group: "general",
    retry: "reconcile",
    messages: [
      "An unknown error occured while processing the request.",
    ],
  },
  {
    code: -1001,
    name: "DISCONNECTED",
    group: "general",
    retry: "backoff",
    messages: [
      "Internal error; unable to process your request. Please try again.",
    ],
  },
  {
    code: -1002,
    name: "UNAUTHORIZED",
    group: "general",
    retry: "none",
    messages: [
      "You are not authorized to execute this request. Request need API Key included in . We suggest that API Key be included in any request.",
    ],
  },
  {
    code: -1003,
    name: "TOO_MANY_REQUESTS",
    group: "general",
    retry: "rate-limit",
    messages: [
      "Requests exceed the limit too frequently.",
    ],
  },
  {
    code: -1004,
    name: "NO_THIS_COMPANY",
    group: "general",
    retry: "none",
    messages: [
      "You are not authorized to execute this request. User not exit Company",
    ],
  },
  {
    code: -1006,
    name: "UNEXPECTED_RESP",
    group: "general",
    retry: "reconcile",
    messages: [
      "An unexpected response was received from the message bus. Execution status unknown. OPEN API server find some exception in execute request .Please report to Customer service.",
    ],
  },
  {
    code: -1007,
    name: "TIMEOUT",
    group: "general",
    retry: "reconcile",
    messages: [
      "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
    ],
  },
  {
    code: -1014,
    name: "UNKNOWN_ORDER_COMPOSITION",
    group: "general",
    retry: "none",
    messages: [
      "Unsupported order combination.",
    ],
  },
  {
    code: -1015,
    name: "TOO_MANY_ORDERS",
    group: "general",
    retry: "rate-limit",
    messages: [
      "Too many new orders.",
    ],
  },
  {
    code: -1016,
    name: "SERVICE_SHUTTING_DOWN",
    group: "general",
    retry: "none",
    messages: [
      "This service is no longer available.",
    ],
  },
  {
    code: -1017,
    name: "ILLEGAL_CONTENT_TYPE",
    group: "general",
    retry: "none",
    messages: [
      "We recommend attaching Content-Type to all request headers and setting it to application/json",
    ],
  },
  {
    code: -1020,
    name: "UNSUPPORTED_OPERATION",
    group: "general",
    retry: "none",
    messages: [
      "This operation is not supported.",
    ],
  },
  {
    code: -1021,
    name: "INVALID_TIMESTAMP",
    group: "general",
    retry: "resync-clock",
    messages: [
      "Timestamp for this request is outside of the recvWindow.",
      "Timestamp for this request was 1000ms ahead of the server's time.",
      "Please check the difference between your local time and server time .",
    ],
  },
  {
    code: -1022,
    name: "INVALID_SIGNATURE",
    group: "general",
    retry: "none",
    messages: [
      "Signature for this request is not valid.",
    ],
  },
  {
    code: -1023,
    name: "UNTIMESTAMP",
    group: "general",
    retry: "none",
    messages: [
      "You are not authorized to execute this request, we recommend that you add X-CH-TS to all request headers",
    ],
  },
  {
    code: -1024,
    name: "UNSIGNATURE",
    group: "general",
    retry: "none",
    messages: [
      "You are not authorized to execute this request, we recommend that you add X-CH-SIGN to the request header",
    ],
  },
  {
    code: -1100,
    name: "ILLEGAL_CHARS",
    group: "request",
    retry: "none",
    messages: [
      "Illegal characters found in a parameter.",
    ],
  },
  {
    code: -1101,
    name: "TOO_MANY_PARAMETERS",
    group: "request",
    retry: "none",
    messages: [
      "Too many parameters sent for this endpoint.",
    ],
  },
  {
    code: -1102,
    name: "MANDATORY_PARAM_EMPTY_OR_MALFORMED",
    group: "request",
    retry: "none",
    messages: [
      "A mandatory parameter was not sent, was empty/null, or malformed.",
      "Mandatory parameter '%s' was not sent, was empty/null, or malformed.",
      "Param '%s' or '%s' must be sent, but both were empty/null!",
    ],
  },
  {
    code: -1103,
    name: "UNKNOWN_PARAM",
    group: "request",
    retry: "none",
    messages: [
      "An unknown parameter was sent.",
      "each request requires at least one parameter. {Timestamp}.",
    ],
  },
  {
    code: -1104,
    name: "UNREAD_PARAMETERS",
    group: "request",
    retry: "none",
    messages: [
      "Not all sent parameters were read.",
      "Not all sent parameters were read; read '%s' parameter(s) but was sent '%s'.",
    ],
  },
  {
    code: -1105,
    name: "PARAM_EMPTY",
    group: "request",
    retry: "none",
    messages: [
      "A parameter was empty.",
      "Parameter '%s' was empty.",
    ],
  },
  {
    code: -1106,
    name: "PARAM_NOT_REQUIRED",
    group: "request",
    retry: "none",
    messages: [
      "A parameter was sent when not required.",
      "Parameter '%s' sent when not required.",
    ],
  },
  {
    code: -1111,
    name: "BAD_PRECISION",
    group: "request",
    retry: "none",
    messages: [
      "Precision is over the maximum defined for this asset.",
    ],
  },
  {
    code: -1112,
    name: "NO_DEPTH",
    group: "request",
    retry: "none",
    messages: [
      "No orders on book for symbol.",
    ],
  },
  {
    code: -1116,
    name: "INVALID_ORDER_TYPE",
    group: "request",
    retry: "none",
    messages: [
      "Invalid orderType.",
      "In the current version , ORDER_TYPE values is LIMIT or MARKET.",
    ],
  },
  {
    code: -1117,
    name: "INVALID_SIDE",
    group: "request",
    retry: "none",
    messages: [
      "Invalid side.",
      "ORDER_SIDE values is BUY or SELL",
    ],
  },
  {
    code: -1118,
    name: "EMPTY_NEW_CL_ORD_ID",
    group: "request",
    retry: "none",
    messages: [
      "New client order ID was empty.",
    ],
  },
  {
    code: -1121,
    name: "BAD_SYMBOL",
    group: "request",
    retry: "none",
    messages: [
      "Invalid symbol.",
    ],
  },
  {
    code: -1136,
    name: "ORDER_VOLUME_TOO_SMALL",
    group: "request",
    retry: "none",
    messages: [
      "Order volume lower than the minimum.",
    ],
  },
  {
    code: -1138,
    name: "ORDER_PRICE_WAVE_EXCEED",
    group: "request",
    retry: "none",
    messages: [
      "Order price exceeds permissible range.",
    ],
  },
  {
    code: -1139,
    name: "ORDER_NOT_SUPPORT_MARKET",
    group: "request",
    retry: "none",
    messages: [
      "This trading pair does not support market trading",
    ],
  },
  {
    code: -1145,
    name: "ORDER_NOT_SUPPORT_CANCELLATION",
    group: "request",
    retry: "none",
    messages: [
      "This order type does not support cancellation",
    ],
  },
  {
    code: -2013,
    name: "NO_SUCH_ORDER",
    group: "order",
    retry: "none",
    messages: [
      "Order does not exist.",
    ],
  },
  {
    code: -2015,
    name: "REJECTED_CH_KEY",
    group: "order",
    retry: "none",
    messages: [
      "Invalid API-key, IP, or permissions for action.",
    ],
  },
  {
    code: -2016,
    name: "EXCHANGE_LOCK",
    group: "order",
    retry: "none",
    messages: [
      "Transaction is frozen",
    ],
  },
  {
    code: -2017,
    name: "BALANCE_NOT_ENOUGH",
    group: "order",
    retry: "none",
    messages: [
      "Insufficient balance",
    ],
  },
] as const satisfies readonly ExchangeErrorDefinition[];
