/** Value types and problem vocabulary shared by every module; no behaviour of its own. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.tanggap.shared;
