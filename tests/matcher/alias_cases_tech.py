"""Aliases of the language, framework, database, API and server ids.

Each row pins one surface form of one competency as postings and resumes write it, in English
or Indonesian, misspelled or not. The negative rows pin what must not count: the everyday
meaning of a short name (Go, Java the island, Python the snake, Express the courier), a product
that names a neighbouring id only (Laravel is not PHP, MySQL is not SQL, Apache Kafka is not
the Apache HTTP Server), single ordinary words that resemble a longer alias, and denials.
Case tables only: tests/matcher/test_aliases.py runs them through the real matcher.
"""

from __future__ import annotations

import pytest

FOUND = [
    # languages
    pytest.param("php", "Menguasai PHP 8 dan Composer", id="php-version"),
    pytest.param("php", "Pengalaman pemograman PHP minimal 1 tahun", id="php-pemograman"),
    pytest.param("php", "Stack: PHP7, MySQL, Redis", id="php-joined-version"),
    pytest.param("javascript", "Rock-solid JavaScript fundamentals (ES6)", id="javascript-en"),
    pytest.param("javascript", "Menguasai bahasa Java Script", id="javascript-spaced"),
    pytest.param("javascript", "Mahir Javascrip dan HTML", id="javascript-typo"),
    pytest.param("javascript", "Frontend dengan HTML, CSS dan JS", id="javascript-js"),
    pytest.param("python", "Scripting and automation in Python", id="python-en"),
    pytest.param("python", "Menguasai bahasa Phyton", id="python-typo-phyton"),
    pytest.param("python", "Berpengalaman dengan Python3 dan pip", id="python3-joined"),
    pytest.param("ruby", "Experience with Ruby and its gems ecosystem", id="ruby-en"),
    pytest.param("ruby", "Menguasai bahasa pemrograman Ruby", id="ruby-id"),
    pytest.param("java", "Experience with latest versions of Java", id="java-en"),
    pytest.param("java", "Menguasai pemrograman Java dan OOP", id="java-id"),
    pytest.param("java", "Android: Java / Kotlin", id="java-slash-list"),
    pytest.param("java", "Java EE and JVM tuning", id="java-ee"),
    pytest.param("csharp", "Strong C# and LINQ skills", id="csharp-symbol"),
    pytest.param("csharp", "Pengalaman dengan C Sharp", id="csharp-spelled"),
    pytest.param("go", "Backend engineer (Golang)", id="go-golang"),
    pytest.param("go", "Menguasai Go lang dan gRPC", id="go-lang-spaced"),
    pytest.param("go", "Kompeten dalam bahasa pemrogaman Go", id="go-pemrogaman-typo"),
    pytest.param("go", "Experience with Go and PostgreSQL", id="go-with-context"),
    pytest.param("go", "Proficient in Python/Java/Ruby/Go", id="go-in-list"),
    pytest.param("sql", "Writing complex SQL queries", id="sql-queries"),
    pytest.param("sql", "Mampu menulis query SQL dan stored procedure", id="sql-id"),
    pytest.param("sql", "Working knowledge of databases (SQL) is required", id="sql-parenthesis"),
    pytest.param("sql", "PL/SQL packages and triggers", id="sql-plsql"),
    pytest.param("typescript", "Node.js services written in TypeScript", id="typescript"),
    pytest.param("typescript", "Menguasai Typescipt", id="typescript-typo"),
    pytest.param("kotlin", "Backend services in Kotlin with Ktor", id="kotlin"),
    pytest.param("rust", "Systems programming in Rust", id="rust-with-context"),
    pytest.param("swift", "iOS apps in Swift and SwiftUI", id="swift-with-ios"),
    pytest.param("c-cpp", "Embedded C and C++ for microcontrollers", id="c-cpp-en"),
    pytest.param("c-cpp", "Pemrograman C untuk mikrokontroler", id="c-cpp-id"),
    pytest.param("c-cpp", "Bahasa: Python, C/C++, Java", id="c-cpp-in-list"),
    pytest.param("scala", "Data pipelines in Scala and Akka", id="scala"),
    # frameworks
    pytest.param("nodejs", "REST APIs in Node.js", id="nodejs-dotted"),
    pytest.param("nodejs", "Menguasai NodeJS dan Express", id="nodejs-joined"),
    pytest.param("nodejs", "Pengalaman dengan Node JS", id="nodejs-spaced"),
    pytest.param("nodejs", "JavaScript, React, Redux, Node and Java", id="nodejs-bare-in-list"),
    pytest.param("laravel", "Berpengalaman dengan framework Laravel", id="laravel-id"),
    pytest.param("laravel", "Menguasai Lavarel", id="laravel-typo"),
    pytest.param("codeigniter", "Menguasai CodeIgniter 4", id="codeigniter"),
    pytest.param(
        "codeigniter", "Framework: Laravel, CodelIgniter, dan Express", id="codeigniter-typo"
    ),
    pytest.param("codeigniter", "Pernah memakai Code Igniter", id="codeigniter-spaced"),
    pytest.param("express", "Node.js with Express and MongoDB", id="express-bare-with-node"),
    pytest.param("express", "Membangun API dengan ExpressJS", id="express-joined"),
    pytest.param("express", "Express.js middleware", id="express-dotted"),
    pytest.param("django", "Python (Django, Flask)", id="django-list"),
    pytest.param("django", "Menguasai Djanggo", id="django-typo"),
    pytest.param("flask", "Python (Django, Flask)", id="flask-list"),
    pytest.param("flask", "Membuat REST API dengan framework Flask", id="flask-id"),
    pytest.param("spring-boot", "Microservices with Spring Boot", id="spring-boot"),
    pytest.param("spring-boot", "Menguasai SpringBoot", id="spring-boot-joined"),
    pytest.param("spring-boot", "Pengalaman dengan Sprint Boot", id="spring-boot-typo"),
    pytest.param("rails", "Ruby on Rails developer", id="rails-full"),
    pytest.param("rails", "Are eager to be hands-on with React & Ruby-on-Rails", id="rails-hyphen"),
    pytest.param("rails", "Experience with Rails and PostgreSQL", id="rails-bare-with-context"),
    pytest.param("dotnet", "ASP.NET Core Web API", id="dotnet-aspnet"),
    pytest.param("dotnet", "C#/.NET or similar programming languages", id="dotnet-after-csharp"),
    pytest.param("dotnet", "Menguasai dotnet core", id="dotnet-spelled"),
    pytest.param("pyramid", "Python web frameworks such as Pyramid and Django", id="pyramid"),
    pytest.param("cherrypy", "Untuk Python ada Pyramid, Django, CherryPy", id="cherrypy"),
    pytest.param("fastapi", "Async services with FastAPI and Pydantic", id="fastapi"),
    pytest.param("nestjs", "Backend dengan NestJS dan TypeORM", id="nestjs"),
    pytest.param("gin", "Go services with Gin and GORM", id="gin"),
    # databases
    pytest.param("mysql", "MySQL 8 replication", id="mysql"),
    pytest.param("mysql", "Menguasai My SQL", id="mysql-spaced"),
    pytest.param("mysql", "Paham database mysq", id="mysql-typo"),
    pytest.param("postgresql", "We use Postgres and DynamoDB", id="postgresql-postgres"),
    pytest.param("postgresql", "Database: MySQL, Oracle, dan PostGre", id="postgresql-postgre"),
    pytest.param("postgresql", "Pengalaman dengan Postgress", id="postgresql-typo"),
    pytest.param("mongodb", "Experience with MongoDB aggregation", id="mongodb"),
    pytest.param("mongodb", "Menguasai Mongo DB", id="mongodb-spaced"),
    pytest.param("mongodb", "Paham MongoBD", id="mongodb-typo"),
    pytest.param("oracle-db", "Oracle 19c administration", id="oracle-version"),
    pytest.param("oracle-db", "Solid knowledge of Oracle database and SQL queries", id="oracle-db"),
    pytest.param("oracle-db", "Databases: Oracle, Postgres, Cassandra", id="oracle-in-list"),
    pytest.param("sql-server", "Microsoft SQL Server and SSMS", id="sql-server"),
    pytest.param("sql-server", "Menguasai MSSQL", id="sql-server-mssql"),
    pytest.param("sql-server", "Pengalaman dengan SQL Sever", id="sql-server-typo"),
    pytest.param("nosql", "Experience with NoSQL databases", id="nosql"),
    pytest.param("nosql", "Java, NodeJS, SQL and no SQL databases", id="nosql-spaced"),
    pytest.param("nosql", "Memahami basis data non-relasional", id="nosql-id"),
    pytest.param("database-design", "Merancang database aplikasi", id="database-design-merancang"),
    pytest.param("database-design", "Mampu mendesign basis data", id="database-design-mendesign"),
    pytest.param("database-design", "Membuat ERD dan desain databse", id="database-design-typo"),
    pytest.param("database-design", "Data modelling for the new platform", id="database-design-en"),
    pytest.param(
        "database-design",
        "Knowledge of design and modeling relational databases",
        id="database-design-relational",
    ),
    pytest.param(
        "database-indexing", "Pengindeksan database dan query tuning", id="database-indexing-id"
    ),
    pytest.param(
        "database-indexing", "Composite indexes on the orders table", id="database-indexing-en"
    ),
    pytest.param(
        "database-indexing",
        "Mengoptimalkan query dengan index pada tabel transaksi",
        id="database-indexing-index-pada-tabel",
    ),
    pytest.param("crud", "Membuat operasi CRUD", id="crud"),
    pytest.param("crud", "Admin bisa melakukan create, read, edit dan delete", id="crud-spelled"),
    pytest.param("crud", "Konsep operasi create, read, update, delete", id="crud-spelled-commas"),
    pytest.param("redis", "Session storage in Redis", id="redis"),
    pytest.param(
        "elasticsearch", "Full-text search with Elastic Search", id="elasticsearch-spaced"
    ),
    pytest.param("sqlite", "Local storage in SQLite", id="sqlite"),
    pytest.param("mariadb", "Database MariaDB", id="mariadb"),
    pytest.param("orm", "Sequelize or TypeORM experience", id="orm-products"),
    # APIs
    pytest.param("rest-api", "Building RESTful APIs", id="rest-api-restful"),
    pytest.param("rest-api", "Mampu mendesign API dengan menggunakan REST API", id="rest-api-id"),
    pytest.param("rest-api", "Membuat API RESTful", id="rest-api-id-order"),
    pytest.param("rest-api", "Berpengalaman membuat RESTfull API", id="rest-api-typo"),
    pytest.param("rest-api", "Remote data via REST and JSON", id="rest-api-bare-with-json"),
    pytest.param("graphql", "Mengerti dan implementasi GraphQL", id="graphql"),
    pytest.param("graphql", "Pengalaman dengan Graph QL", id="graphql-spaced"),
    pytest.param("graphql", "Familiar with GrapQL", id="graphql-typo"),
    pytest.param("soap", "SOAP web services and WSDL", id="soap"),
    pytest.param("soap", "Experience with SOAP and REST", id="soap-bare-with-context"),
    pytest.param("json", "Remote data via REST and JSON", id="json"),
    pytest.param("xml", "HTML/CSS, JavaScript, XML, jQuery", id="xml"),
    pytest.param(
        "api-integration",
        "Integrasi aplikasi pihak ketiga seperti payment gateway dan SMS",
        id="api-integration-id",
    ),
    pytest.param("api-integration", "Mengintergrasi API", id="api-integration-seed-typo"),
    pytest.param(
        "api-integration", "Integrating third-party APIs and webhooks", id="api-integration-en"
    ),
    pytest.param(
        "api-integration",
        "Building automation or integration with APIs",
        id="api-integration-with-apis",
    ),
    pytest.param("api-integration", "Integrasi Midtrans dan Xendit", id="api-integration-products"),
    pytest.param("http", "Kedua, pelajari tentang HTTP", id="http"),
    pytest.param("http", "Memahami protokol HTTP dan status code", id="http-id"),
    pytest.param("http", "Unit dan http test", id="http-test"),
    pytest.param("grpc", "Services talk over gRPC and Protobuf", id="grpc"),
    pytest.param("message-queue", "Kafka/RabbitMQ event streaming", id="message-queue-products"),
    pytest.param("message-queue", "Experience with a message broker", id="message-queue-en"),
    pytest.param("message-queue", "Memahami antrean pesan", id="message-queue-id"),
    pytest.param("api-documentation", "Documented with OpenAPI and Swagger", id="api-docs"),
    # servers
    pytest.param("web-server", "Teknologi server web", id="web-server-id"),
    pytest.param("web-server", "Configuring the web server", id="web-server-en"),
    pytest.param("web-server", "Deploying to Apache Tomcat", id="web-server-tomcat"),
    pytest.param("web-server", "Mengerti jenis-jenis server", id="web-server-types"),
    pytest.param("nginx", "Nginx as a reverse proxy", id="nginx"),
    pytest.param("nginx", "Konfigurasi Ngnix", id="nginx-typo"),
    pytest.param(
        "apache", "Web server yang dipakai antara Apache dan Nginx", id="apache-with-nginx"
    ),
    pytest.param("apache", "Apache HTTP Server and .htaccess", id="apache-httpd"),
    pytest.param("operating-systems", "Proficient in Linux", id="os-linux"),
    pytest.param("operating-systems", "Bekerja dengan sistem operasi", id="os-id"),
    pytest.param("operating-systems", "Bekerja dengan System Operasi", id="os-seed-spelling"),
    pytest.param("operating-systems", "MS Windows Server administration", id="os-windows-server"),
    pytest.param("networking", "Knowledge of TCP/IP and DNS", id="networking-en"),
    pytest.param("networking", "Memahami konsep jaringan", id="networking-id"),
    pytest.param("networking", "Knowledge of Linux and Windows networking", id="networking-bare"),
    pytest.param("vps", "Deploy ke VPS", id="vps"),
    pytest.param("vps", "Sewa VPS dan konfigurasi sendiri", id="vps-id"),
]


# No alias in these: the TF-IDF stage must recognise the description.
DESCRIBED = [
    pytest.param(
        "database-design", "Menentukan primary key dan foreign key", id="database-design-keys"
    ),
    pytest.param("crud", "Menambah, mengubah dan menghapus data", id="crud-id"),
    pytest.param(
        "database-indexing", "Add indexes to speed up the slow queries", id="database-indexing"
    ),
    pytest.param(
        "api-integration",
        "Menghubungkan aplikasi dengan layanan pembayaran, email dan SMS",
        id="api-integration-id",
    ),
    pytest.param(
        "rest-api", "Merancang URL resource dengan GET, POST, PUT dan DELETE", id="rest-api-verbs"
    ),
    pytest.param("sql", "Write SELECT queries with JOIN and GROUP BY", id="sql-select"),
    pytest.param(
        "message-queue", "Decouple the services with queues and consumers", id="message-queue"
    ),
]


NOT_FOUND = [
    # everyday meanings of short names
    pytest.param("go", "Go to our careers page and apply today", id="go-imperative"),
    pytest.param("go", "We go the extra mile for customers", id="go-lowercase-verb"),
    pytest.param("go", "Supported the Go-Live of the new branch", id="go-live"),
    pytest.param("go", "Driver Go-Jek dan Go-Food", id="go-jek"),
    pytest.param("go", "Go to careers.example.com to apply.", id="go-before-apply"),
    pytest.param("java", "Lokasi: Jakarta Selatan", id="jakarta-is-not-java"),
    pytest.param("java", "Liburan ke Surabaya, East Java", id="java-east-java"),
    pytest.param("java", "A cup of Java coffee", id="java-coffee"),
    pytest.param("java", "android kotlin graphql rx-java", id="rx-java"),
    pytest.param("python", "A python snake escaped from the zoo", id="python-snake"),
    pytest.param("python", "Ular python sepanjang lima meter", id="python-ular"),
    pytest.param("ruby", "Cincin emas dengan batu ruby", id="ruby-gemstone"),
    pytest.param("ruby", "She wore a ruby necklace", id="ruby-necklace"),
    pytest.param("rust", "Remove the rust from the car body", id="rust-corrosion"),
    pytest.param("swift", "Swift response to every customer", id="swift-adjective"),
    pytest.param("swift", "International SWIFT transfer", id="swift-banking"),
    pytest.param("c-cpp", "Vitamin C supplements every morning", id="c-vitamin"),
    pytest.param("c-cpp", "Memiliki SIM C dan motor sendiri", id="c-driving-licence"),
    pytest.param("c-cpp", "iOS apps in Objective-C", id="objective-c"),
    pytest.param("c-cpp", "C. Pengalaman kerja sebagai developer aplikasi", id="c-outline-letter"),
    pytest.param("c-cpp", "Strong C# skills", id="c-sharp-is-not-c"),
    pytest.param("express", "Pengiriman via JNE Express", id="express-courier"),
    pytest.param("express", "Express delivery within 24 hours", id="express-delivery"),
    pytest.param("flask", "Erlenmeyer flask di laboratorium kimia", id="flask-laboratory"),
    pytest.param("rails", "Hold the hand rails on the stairs", id="rails-hand-rails"),
    pytest.param("pyramid", "Follow the test pyramid in your projects", id="pyramid-test"),
    pytest.param("gin", "Gin and tonic at the hotel bar", id="gin-drink"),
    pytest.param("nodejs", "Add a Node pool to the Kubernetes cluster", id="node-of-a-cluster"),
    pytest.param("oracle-db", "The Oracle of Delphi", id="oracle-of-delphi"),
    pytest.param("oracle-db", "Oracle NetSuite ERP consultant", id="oracle-erp"),
    pytest.param("rest-api", "A restful weekend at the villa", id="restful-weekend"),
    pytest.param("rest-api", "The rest of the team works remotely", id="rest-of"),
    pytest.param("soap", "Writing SOAP notes for patients", id="soap-medical-notes"),
    pytest.param("soap", "Sabun dan sampo (soap)", id="soap-lowercase"),
    pytest.param("networking", "Great networking events with alumni", id="networking-social"),
    pytest.param(
        "database-indexing", "Jurnal terindeks Scopus, indexing SINTA", id="index-journal"
    ),
    pytest.param("database-indexing", "SEO and Google indexing of pages", id="index-seo"),
    pytest.param("crud", "Bean curd and tofu recipes", id="crud-curd"),
    pytest.param("http", "Apply at http :// www . example . com", id="http-spaced-url"),
    # a product names only itself
    pytest.param("php", "Menguasai Laravel", id="laravel-is-not-php"),
    pytest.param("java", "Spring Boot microservices", id="spring-boot-is-not-java"),
    pytest.param("javascript", "TypeScript and jQuery", id="typescript-is-not-javascript"),
    pytest.param("javascript", "Menguasai Node.js dan React.js", id="nodejs-is-not-javascript"),
    pytest.param("ruby", "Ruby on Rails developer", id="rails-is-not-ruby"),
    pytest.param("spring-boot", "Java, Spring MVC and Hibernate", id="spring-is-not-spring-boot"),
    pytest.param("sql", "MySQL dan SQL Server", id="mysql-is-not-sql"),
    pytest.param("sql", "Mencegah SQL injection", id="sql-injection-is-not-sql"),
    pytest.param("nosql", "Data disimpan di MongoDB", id="mongodb-is-not-nosql"),
    pytest.param("apache", "Apache Kafka and Apache Spark pipelines", id="apache-kafka-spark"),
    pytest.param("json", "Authentication with JSON Web Tokens", id="jwt-is-not-json"),
    pytest.param("rest-api", "Mampu mendesign API", id="generic-api-is-not-rest"),
    pytest.param("api-integration", "Mampu membaca dokumentasi API", id="reading-api-docs"),
    pytest.param(
        "api-documentation", "Mampu membaca dokumentasi API", id="reading-is-not-writing-docs"
    ),
    pytest.param("database-design", "Bekerja dengan database setiap hari", id="generic-database"),
    pytest.param("web-server", "Melakukan instalasi MySQL database server", id="database-server"),
    pytest.param(
        "web-server", "Pernah membangun infrastruktur server dan cloud", id="server-infrastructure"
    ),
    # single ordinary words that resemble a longer alias
    pytest.param("networking", "Memahami konsep Design Thinking", id="konsep-alone"),
    pytest.param("networking", "Melakukan konfigurasi Sentry", id="konfigurasi-alone"),
    pytest.param("database-design", "Mampu mendesign API", id="mendesign-alone"),
    pytest.param("database-design", "Membuat backup database harian", id="database-alone"),
    pytest.param("go", "Lead Engineer", id="engineer-alone"),
    pytest.param("go", "Berkoordinasi dengan back-end programmer", id="programmer-alone"),
    pytest.param(
        "operating-systems", "Sehingga operasi yang dilakukan tervalidasi", id="operasi-alone"
    ),
    pytest.param("operating-systems", "Membuat scripting GitLab CI", id="scripting-alone"),
    pytest.param("web-server", "Untuk segala jenis aspek fitur framework", id="jenis-alone"),
    pytest.param("rest-api", "Layanan email dan penyimpanan", id="layanan-alone"),
    pytest.param("nosql", "Mendokumentasikan dokumen rapat", id="dokumen-alone"),
    pytest.param("postgresql", "Track progress in Jira", id="progress-alone"),
    pytest.param("http", "Mampu berkomunikasi dengan baik", id="berkomunikasi-is-not-http"),
]


DENIED = [
    pytest.param("php", "Tidak perlu pengalaman PHP", id="php-tidak-perlu"),
    pytest.param("java", "No prior Java experience needed", id="java-no-prior"),
    pytest.param("mongodb", "MongoDB is not required", id="mongodb-not-required"),
    pytest.param("laravel", "Kami tidak memakai Laravel", id="laravel-tidak"),
]


# Two ids from one mention, or one id whose longer alias must not swallow another id's word.
TOGETHER = [
    pytest.param("Django REST Framework", {"django", "rest-api"}, id="drf"),
    pytest.param("C#/.NET developer", {"csharp", "dotnet"}, id="csharp-dotnet"),
    pytest.param("SOAP/XML web services", {"soap", "xml"}, id="soap-xml"),
    pytest.param("Aurora MySQL on AWS", {"aws", "mysql"}, id="aurora-mysql"),
    pytest.param("Queues on AWS SQS", {"aws", "message-queue"}, id="sqs"),
    pytest.param("Events on Google Pub/Sub", {"google-cloud", "message-queue"}, id="pub-sub"),
    pytest.param(
        "REST API integration with payment gateways",
        {"rest-api", "api-integration"},
        id="rest-api-integration",
    ),
    pytest.param("Laravel with Eloquent ORM", {"laravel", "orm"}, id="eloquent"),
    pytest.param("Senior Backend Java Engineer", {"java", "server-side-logic"}, id="java-backend"),
    pytest.param("MySQL database design", {"mysql", "database-design"}, id="mysql-design"),
    pytest.param("Node.js with Redis caching", {"nodejs", "redis", "caching"}, id="redis-caching"),
    pytest.param("Apache web server", {"apache", "web-server"}, id="apache-web-server"),
]
