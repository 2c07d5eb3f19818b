/** E-mail invitations to a survey: recipient lists, personal links, sending with reminders, fatigue and unsubscribing. */
package io.tanggap.invitations;
