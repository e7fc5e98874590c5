/** The messaging adapter: OpenCIF's outbox relayed to a RabbitMQ topic exchange as CloudEvents. */
package dev.opencif.adapter.amqp;
