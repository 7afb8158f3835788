package org.onedoor.community;

enum RegistrationStatus {

	CONFIRMED, WAITING, CANCELLED

}
