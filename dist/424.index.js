export const id = 424;
export const ids = [424];
export const modules = {

/***/ 8424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CancelComponentDeploymentCommand: () => (/* reexport */ CancelComponentDeploymentCommand/* CancelComponentDeploymentCommand */.i),
  CancelEnvironmentDeploymentCommand: () => (/* reexport */ CancelEnvironmentDeploymentCommand/* CancelEnvironmentDeploymentCommand */.C),
  CancelServiceInstanceDeploymentCommand: () => (/* reexport */ CancelServiceInstanceDeploymentCommand/* CancelServiceInstanceDeploymentCommand */.j),
  CancelServicePipelineDeploymentCommand: () => (/* reexport */ CancelServicePipelineDeploymentCommand/* CancelServicePipelineDeploymentCommand */.y),
  GetComponentCommand: () => (/* reexport */ GetComponentCommand/* GetComponentCommand */.P),
  GetDeploymentCommand: () => (/* reexport */ GetDeploymentCommand/* GetDeploymentCommand */.T),
  GetEnvironmentCommand: () => (/* reexport */ GetEnvironmentCommand/* GetEnvironmentCommand */.L),
  GetServiceCommand: () => (/* reexport */ GetServiceCommand/* GetServiceCommand */.d),
  GetServiceInstanceCommand: () => (/* reexport */ GetServiceInstanceCommand/* GetServiceInstanceCommand */.q),
  ListComponentsCommand: () => (/* reexport */ ListComponentsCommand/* ListComponentsCommand */.A),
  ListEnvironmentsCommand: () => (/* reexport */ ListEnvironmentsCommand/* ListEnvironmentsCommand */._),
  ListServiceInstancesCommand: () => (/* reexport */ ListServiceInstancesCommand/* ListServiceInstancesCommand */.t),
  ProtonClient: () => (/* reexport */ ProtonClient/* ProtonClient */.a),
  getProfileName: () => (/* reexport */ config.getProfileName),
  loadSharedConfigFiles: () => (/* reexport */ config.loadSharedConfigFiles),
  planConnection: () => (/* reexport */ planConnection)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/CancelComponentDeploymentCommand.js
var CancelComponentDeploymentCommand = __webpack_require__(8913);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/CancelEnvironmentDeploymentCommand.js
var CancelEnvironmentDeploymentCommand = __webpack_require__(7003);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/CancelServiceInstanceDeploymentCommand.js
var CancelServiceInstanceDeploymentCommand = __webpack_require__(6908);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/CancelServicePipelineDeploymentCommand.js
var CancelServicePipelineDeploymentCommand = __webpack_require__(9687);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/GetComponentCommand.js
var GetComponentCommand = __webpack_require__(4636);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/GetDeploymentCommand.js
var GetDeploymentCommand = __webpack_require__(3526);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/GetEnvironmentCommand.js
var GetEnvironmentCommand = __webpack_require__(9350);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/GetServiceCommand.js
var GetServiceCommand = __webpack_require__(7524);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/GetServiceInstanceCommand.js
var GetServiceInstanceCommand = __webpack_require__(889);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/ListComponentsCommand.js
var ListComponentsCommand = __webpack_require__(8817);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/ListEnvironmentsCommand.js
var ListEnvironmentsCommand = __webpack_require__(1047);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/ListServiceInstancesCommand.js
var ListServiceInstancesCommand = __webpack_require__(414);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/ProtonClient.js + 9 modules
var ProtonClient = __webpack_require__(7230);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var config = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/network/connection.ts
async function planConnection(input) {
    const { env, sdk } = input;
    const proxied = Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY);
    if (!proxied && !env.AWS_CA_BUNDLE?.trim() && !(await profileSettings(sdk)()).settings?.ca_bundle)
        return { plan: {} };
    const { customConnection } = await __webpack_require__.e(/* import() */ 317).then(__webpack_require__.bind(__webpack_require__, 6317));
    return customConnection(input, profileSettings(sdk));
}
/** The selected profile of the shared config file, read by the SDK's own reader (it caches the file). */
function profileSettings(sdk) {
    return async () => {
        const name = sdk.getProfileName({});
        try {
            const { configFile } = await sdk.loadSharedConfigFiles();
            return { name, settings: configFile[name] };
        }
        catch {
            // An unreadable config file is the SDK's to report, when it needs the file.
            return { name, settings: undefined };
        }
    };
}

;// CONCATENATED MODULE: ./src/proton/sdk-commands.ts
// The SDK's classes this action uses, by name: the bundle keeps these and leaves out the rest of the
// Proton API (loaded as one namespace, webpack could not tell which operations are used). The shared
// config reader is the SDK's own (@smithy/core, pinned to the version the client uses), so a
// profile's ca_bundle is read as the SDK reads that profile.


// Planned from inside this chunk: the proxy and CA chunk it may load then shares this chunk's modules
// (the request handler, the credential chain) instead of webpack splitting them into chunks of their
// own that every run would load (measured: three files instead of one, +5% start-up).



/***/ })

};
