/**
 * Where and who: China's administrative divisions (to township, Guizhou to village) and the
 * government units that act in them. Other modules reach it through {@link org.onedoor.directory.Directory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory 区划与单位")
package org.onedoor.directory;
