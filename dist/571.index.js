export const id = 571;
export const ids = [571];
export const modules = {

/***/ 8571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CancelComponentDeploymentCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_0__.i),
/* harmony export */   CancelEnvironmentDeploymentCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_1__.C),
/* harmony export */   CancelServiceInstanceDeploymentCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_2__.j),
/* harmony export */   CancelServicePipelineDeploymentCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_3__.y),
/* harmony export */   GetComponentCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_4__.P),
/* harmony export */   GetDeploymentCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_5__.T),
/* harmony export */   GetEnvironmentCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_6__.L),
/* harmony export */   GetServiceCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_7__.d),
/* harmony export */   GetServiceInstanceCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_8__.q),
/* harmony export */   ListComponentsCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_9__.A),
/* harmony export */   ListEnvironmentsCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_10__._),
/* harmony export */   ListServiceInstancesCommand: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_11__.t),
/* harmony export */   ProtonClient: () => (/* reexport safe */ _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_12__.a),
/* harmony export */   getProfileName: () => (/* reexport safe */ _smithy_core_config__WEBPACK_IMPORTED_MODULE_13__.getProfileName),
/* harmony export */   loadSharedConfigFiles: () => (/* reexport safe */ _smithy_core_config__WEBPACK_IMPORTED_MODULE_13__.loadSharedConfigFiles)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8913);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7003);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6908);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9687);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4636);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3526);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9350);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7524);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(889);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8817);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1047);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(414);
/* harmony import */ var _aws_sdk_client_proton__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7230);
/* harmony import */ var _smithy_core_config__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7291);
// The SDK's classes this action uses, by name: the bundle keeps these and leaves out the rest of the
// Proton API (loaded as one namespace, webpack could not tell which operations are used). The shared
// config reader is the SDK's own (@smithy/core, pinned to the version the client uses), so a
// profile's ca_bundle is read as the SDK reads that profile.




/***/ })

};
