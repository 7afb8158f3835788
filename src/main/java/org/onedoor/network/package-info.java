/**
 * The service network (服务网点): 政务服务中心, 便民服务中心 and 便民服务站 from the province down to
 * the village, each in a directory division, with address, opening hours (working calendar
 * aware), phone, self-service terminals, agent service (帮办代办) and the catalogue items it
 * handles; the coverage report by division; and "where do I go for this item" for citizens.
 * Other modules use {@link org.onedoor.network.ServiceNetwork}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service network 服务网点")
package org.onedoor.network;
